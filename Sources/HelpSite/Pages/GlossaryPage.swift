import ManualContent

/// The terms officers meet, each with the other language's word and the procedures it matters in.
enum GlossaryPage {
  static func html(_ manual: Manual, _ language: Language) -> String {
    let context = PageContext(
      manual: manual, language: language, path: "\(language.rawValue)/glossary/index.html")
    let other = language.other
    let entries = manual.glossary.map { term -> String in
      let see = term.procedureIDs.compactMap(manual.procedure).map {
        "<a href=\"\(context.link(ProcedurePage.path($0, language)))\">\(context.rich($0.title))</a>"
      }
      let seeLine =
        see.isEmpty
        ? ""
        : "\n<p class=\"guide-glossary__see\">\(context.plain(context.ui("glossary.see"))) \(see.joined(separator: ", "))</p>"
      let otherTerm =
        term.term[other] == term.term[language]
        ? ""
        : " <span class=\"guide-glossary__other\" lang=\"\(other.rawValue)\">(\(HTMLText.escape(term.term[other])))</span>"
      return """
        <dt id="\(term.id)">\(context.plain(term.term[language]))\(otherTerm)</dt>
        <dd><p>\(context.rich(term.meaning))</p>\(seeLine)</dd>
        """
    }
    let main = """
      <h1>\(context.plain(context.ui("glossary.title")))</h1>
      <p class="guide-lead">\(context.plain(context.ui("glossary.lead")))</p>
      <dl class="guide-glossary">
      \(entries.joined(separator: "\n"))
      </dl>
      """
    return Layout.page(
      context, title: context.ui("glossary.title"),
      breadcrumbs: [(context.ui("nav.home"), "\(language.rawValue)/index.html")], main: main)
  }
}
