import ManualContent

/// The terms officers meet, each with the other language's word and the procedures it matters in.
enum GlossaryPage {
  static func html(_ manual: Manual, _ language: Language) -> HTML {
    let context = PageContext(
      manual: manual, language: language, path: SitePaths.glossary(language))
    let other = language.other
    let procedures = ProcedureLookup(manual)
    let entries = manual.glossary.map { term -> HTML in
      let see = term.procedureIDs.compactMap(procedures.procedure).map {
        "<a href=\"\(context.link(SitePaths.procedure($0.id, language)))\">\(context.rich($0.title))</a>"
          as HTML
      }
      let seeLine: HTML =
        see.isEmpty
        ? ""
        : "\n<p class=\"guide-glossary__see\">\(context.plainUI("glossary.see")) \(see, separator: ", ")</p>"
      let otherTerm: HTML =
        term.term[other] == term.term[language]
        ? ""
        : " <span class=\"guide-glossary__other\" lang=\"\(other.rawValue)\">(\(term.term[other]))</span>"
      return """
        <dt id="\(term.id)">\(context.plain(term.term[language]))\(otherTerm)</dt>
        <dd><p>\(context.rich(term.meaning))</p>\(seeLine)</dd>
        """
    }
    let main: HTML = """
      <h1>\(context.plainUI("glossary.title"))</h1>
      <p class="guide-lead">\(context.plainUI("glossary.lead"))</p>
      <dl class="guide-glossary">
      \(entries, separator: "\n")
      </dl>
      """
    return Layout.page(
      context, title: context.ui("glossary.title"),
      breadcrumbs: [(context.ui("nav.home"), SitePaths.home(language))], main: main)
  }
}
