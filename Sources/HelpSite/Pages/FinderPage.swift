import ManualContent

/// "Which procedure do I need?" as linked question pages: no script, so it works with
/// JavaScript off and from `file://`. The first question is `finder/index.html`.
enum FinderPage {
  static func path(_ finder: Finder, _ questionID: String, _ language: Language) -> String {
    SitePaths.finder(language, question: questionID == finder.startID ? nil : questionID)
  }

  static func html(_ manual: Manual, _ question: Finder.Question, _ language: Language) -> HTML {
    let finder = manual.finder
    let context = PageContext(manual: manual, language: language, path: path(finder, question.id, language))
    let answers = question.answers.map { answer -> HTML in
      let target: String
      switch answer.target {
      case .question(let id): target = path(finder, id, language)
      case .procedure(let id): target = SitePaths.procedure(id, language)
      case .section(let id): target = SitePaths.homeSection(language, id)
      }
      return
        "<li><a class=\"guide-answer\" href=\"\(context.link(target))\">\(context.rich(answer.text))</a></li>"
    }
    var main: HTML = """
      <p class="guide-caption">\(context.plainUI("finder.title"))</p>
      <h1>\(context.rich(question.question))</h1>
      <ul class="guide-answers">
      \(answers, separator: "\n")
      </ul>
      """
    if question.id != finder.startID {
      main +=
        "\n<p><a href=\"\(context.link(path(finder, finder.startID, language)))\">\(context.plainUI("finder.restart"))</a></p>"
    }
    return Layout.page(
      context, title: question.question[language],
      breadcrumbs: [(context.ui("nav.home"), SitePaths.home(language))], main: main)
  }
}
