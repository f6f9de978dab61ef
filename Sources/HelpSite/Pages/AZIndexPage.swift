import ManualContent

/// The A–Z index on a page of its own (`<lang>/search/a-z.html`), for a manual too large to
/// list it on the search page: the search page must not grow with the manual (issue 11), and
/// with JavaScript off the A–Z index is how an officer finds a step.
enum AZIndexPage {
  /// Up to this many entries the A–Z index stays on the search page, as it always was.
  static let inlineLimit = 400

  static func path(_ language: Language) -> String { "\(language.rawValue)/search/a-z.html" }

  static func isSeparate(_ manual: Manual) -> Bool {
    manual.glossary.count + manual.procedures.reduce(0) { $0 + 1 + $1.steps.count } > inlineLimit
  }

  /// What the search page shows under its A–Z heading when the index has a page of its own.
  static func link(_ context: PageContext) -> String {
    "<p><a href=\"\(context.link(path(context.language)))\">\(context.plain(context.ui("search.az")))</a></p>"
  }

  static func html(_ manual: Manual, _ language: Language) -> String {
    let context = PageContext(manual: manual, language: language, path: path(language))
    let main = """
      <h1 id="a-z">\(context.plain(context.ui("search.az")))</h1>
      \(SearchPage.azIndex(context))
      """
    return Layout.page(
      context, title: context.ui("search.az"),
      breadcrumbs: [
        (context.ui("nav.home"), "\(language.rawValue)/index.html"),
        (context.ui("search.title"), SearchPage.path(language)),
      ], main: main)
  }
}
