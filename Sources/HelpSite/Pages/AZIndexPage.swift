import ManualContent

/// The A–Z index on a page of its own (`<lang>/search/a-z.html`), for a manual too large to
/// list it on the search page: the search page must not grow with the manual (issue 11), and
/// with JavaScript off the A–Z index is how an officer finds a step.
enum AZIndexPage {
  /// Up to this many entries the A–Z index stays on the search page, as it always was.
  static let inlineLimit = 400

  static func isSeparate(_ manual: Manual) -> Bool {
    manual.glossary.count + manual.procedures.reduce(0) { $0 + 1 + $1.steps.count } > inlineLimit
  }

  /// What the search page shows under its A–Z heading when the index has a page of its own.
  static func link(_ context: PageContext) -> HTML {
    "<p><a href=\"\(context.link(SitePaths.azIndex(context.language)))\">\(context.plainUI("search.az"))</a></p>"
  }

  static func html(_ manual: Manual, _ language: Language) -> HTML {
    let context = PageContext(manual: manual, language: language, path: SitePaths.azIndex(language))
    let main: HTML = """
      <h1 id="a-z">\(context.plainUI("search.az"))</h1>
      \(SearchPage.azIndex(context))
      """
    return Layout.page(
      context, title: context.ui("search.az"),
      breadcrumbs: [
        (context.ui("nav.home"), SitePaths.home(language)),
        (context.ui("search.title"), SitePaths.search(language)),
      ], main: main)
  }
}
