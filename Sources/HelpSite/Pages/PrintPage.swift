import ManualContent

/// `<lang>/print/index.html`: the whole manual on one page for paper: a table of contents,
/// then every procedure in the deck's order with its figures, each starting a new page.
enum PrintPage {
  static func html(_ manual: Manual, _ language: Language) -> HTML {
    let context = PageContext(manual: manual, language: language, path: SitePaths.print(language))
    let procedures = ProcedureLookup(manual)
    var contents: [HTML] = []
    for section in manual.sections {
      switch section {
      case .procedure(let id):
        guard let procedure = procedures.procedure(id) else { continue }
        contents.append("<li><a href=\"#\(id)\">\(context.rich(procedure.title))</a></li>")
      case .titleOnly(let id, let title, _):
        contents.append("<li><a href=\"#\(id)\">\(context.rich(title))</a></li>")
      }
    }
    // Every procedure in full is written straight into the page's one buffer, section by
    // section: never held as pieces, joined, then copied into the frame (issue 12).
    return Layout.page(
      context, title: context.ui("print.title"),
      breadcrumbs: [(context.ui("nav.home"), SitePaths.home(language))]
    ) { main in
      main += """
        <div class="guide-print__cover">
        <p class="guide-caption">\(context.plain(manual.publisher[language]))<br>\(context.plain(manual.office[language]))</p>
        <h1>\(context.rich(manual.title))</h1>
        <p class="guide-lead">\(context.rich(manual.about))</p>
        <p>\(context.rich(manual.systemAddress))</p>
        <h2 id="contents">\(context.plainUI("print.contents"))</h2>
        <ol class="guide-print__contents">
        \(contents, separator: "\n")
        </ol>
        </div>

        """
      var first = true
      for section in manual.sections {
        switch section {
        case .procedure(let id):
          guard let procedure = procedures.procedure(id) else { continue }
          var inner = context
          inner.idPrefix = SitePaths.printAnchorPrefix(id)
          inner.headingOffset = 1
          if !first { main += "\n" }
          main += """
            <section class="guide-print__procedure" aria-labelledby="\(id)">
            <h2 id="\(id)">\(context.rich(procedure.title))</h2>
            \(ProcedurePage.body(inner, procedure), separator: "\n")
            </section>
            """
        case .titleOnly(let id, let title, let gap):
          if !first { main += "\n" }
          main += """
            <section class="guide-print__procedure" aria-labelledby="\(id)">
            <h2 id="\(id)">\(context.rich(title))</h2>
            \(Layout.gap(context, gap))
            </section>
            """
        }
        first = false
      }
      main += "\n\(manual.gaps.map { Layout.gap(context, $0) }, separator: "\n")"
    }
  }
}
