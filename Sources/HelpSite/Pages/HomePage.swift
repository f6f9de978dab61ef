import ManualContent

/// A language's home page: what this is, "which procedure do I need?", and the procedures
/// in the deck's order (with the deck's title-only sections and their gaps).
enum HomePage {
  static func html(_ manual: Manual, _ language: Language) -> HTML {
    let context = PageContext(manual: manual, language: language, path: SitePaths.home(language))
    let procedures = ProcedureLookup(manual)
    let items = manual.sections.map { section -> HTML in
      switch section {
      case .procedure(let id):
        guard let procedure = procedures.procedure(id) else { return "" }
        return """
          <li class="guide-procedures__item" id="\(id)">
          <h3><a href="\(context.link(SitePaths.procedure(procedure.id, language)))">\(context.rich(procedure.title))</a></h3>
          <p>\(context.rich(procedure.summary))</p>
          </li>
          """
      case .titleOnly(let id, let title, let gap):
        return """
          <li class="guide-procedures__item" id="\(id)">
          <h3>\(context.rich(title))</h3>
          \(Layout.gap(context, gap))
          </li>
          """
      }
    }
    let main: HTML = """
      <h1>\(context.rich(manual.title))</h1>
      <p class="guide-lead">\(context.rich(manual.about))</p>
      <p>\(context.rich(manual.systemAddress))</p>
      <div class="guide-finder-box">
      <h2>\(context.plainUI("nav.finder"))</h2>
      <p>\(context.plainUI("home.finder.lead"))</p>
      <p><a class="guide-button" href="\(context.link(SitePaths.finder(language)))">\(context.plainUI("home.finder.link"))</a></p>
      </div>
      \(CheckPage.link(context))
      <h2>\(context.plainUI("home.procedures"))</h2>
      <ol class="guide-procedures">
      \(items, separator: "\n")
      </ol>
      \(manual.gaps.map { Layout.gap(context, $0) }, separator: "\n")
      <p class="guide-slides-link"><a href="\(context.link(SitePaths.slides(language)))">\(context.plainUI("slides.manual-link"))</a> · <a href="\(context.link(SitePaths.print(language)))">\(context.plainUI("print.link"))</a></p>
      <h2 lang="th">\(manual.closing.th)</h2>
      <p>\(context.plainUI("home.closing"))</p>
      """
    return Layout.page(context, title: manual.title[language], main: main)
  }
}
