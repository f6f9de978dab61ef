import ManualContent

/// The frame every page shares: head, skip link, header with the language toggle, footer.
/// The toggle leads to the same page in the other language (`lang`, `hreflang`), as
/// Canada.ca does for its two official languages.
enum Layout {
  static func page(
    _ context: PageContext, title: String, breadcrumbs: [(String, String)] = [], main: String,
    searchForm: Bool = true, stylesheets: [String] = [], scripts: [String] = []
  ) -> String {
    let language = context.language
    let other = language.other
    let otherPath = other.rawValue + context.path.dropFirst(language.rawValue.count)
    let siteName = context.ui("site.name")
    let otherContext = PageContext(manual: context.manual, language: other, path: context.path)
    var crumbs = ""
    if !breadcrumbs.isEmpty {
      crumbs =
        "<nav class=\"guide-breadcrumbs\" aria-label=\"breadcrumb\"><ol>"
        + breadcrumbs.map { "<li><a href=\"\(context.link($0.1))\">\(context.plain($0.0))</a></li>" }.joined()
        + "</ol></nav>\n"
    }
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(context.attribute(title)) – \(context.attribute(siteName))</title>
      <link rel="stylesheet" href="\(context.link("assets/guide.css"))">\(stylesheets.map { "\n<link rel=\"stylesheet\" href=\"\(context.link($0))\">" }.joined())
      <link rel="alternate" hreflang="\(other.rawValue)" href="\(context.link(otherPath))">
      </head>
      <body>
      <a class="guide-skip" href="#main">\(context.plain(context.ui("skip")))</a>
      <header class="guide-header">
      <div class="guide-width guide-header__inner">
      <a class="guide-header__name" href="\(context.link("\(language.rawValue)/index.html"))">\(context.plain(siteName))</a>
      <a class="guide-toggle" data-guide-toggle href="\(context.link(otherPath))" lang="\(other.rawValue)" hreflang="\(other.rawValue)">\(HTMLText.escape(otherContext.ui("language.switch")))</a>
      </div>
      \(searchForm ? searchFormHTML(context) : "")
      </header>
      <div class="guide-width">
      \(crumbs)<main id="main" class="guide-main">
      \(main)
      </main>
      </div>
      <footer class="guide-footer">
      <div class="guide-width">
      <p>\(context.plain(context.manual.publisher[language]))<br>\(context.plain(context.manual.office[language]))</p>
      <p><a href="\(context.link("\(language.rawValue)/glossary/index.html"))">\(context.plain(context.ui("nav.glossary")))</a> · <a href="\(context.link("\(language.rawValue)/finder/index.html"))">\(context.plain(context.ui("nav.finder")))</a> · <a href="\(context.link(PrintPage.path(language)))">\(context.plain(context.ui("print.link")))</a></p>
      </div>
      </footer>
      <script src="\(context.link("assets/guide.js"))"></script>\(scripts.map { "\n<script src=\"\(context.link($0))\"></script>" }.joined())
      </body>
      </html>

      """
  }

  /// The search box of every page: a plain GET form to the search page, so it works from
  /// `file://` and needs no script to submit.
  static func searchFormHTML(_ context: PageContext) -> String {
    """
    <form class="guide-width guide-header__search" action="\(context.link(SearchPage.path(context.language)))" method="get" role="search">
    <label for="guide-q" class="guide-header__label">\(context.plain(context.ui("search.label")))</label>
    <input id="guide-q" name="q" type="search" class="guide-search__input">
    <button type="submit" class="guide-header__button">\(context.plain(context.ui("search.button")))</button>
    </form>
    """
  }

  /// A visible box for something the source manual does not say.
  static func gap(_ context: PageContext, _ gap: Gap) -> String {
    """
    <div class="guide-gap" id="\(context.id("gap-" + gap.id))">
    <p class="guide-gap__title">\(context.plain(context.ui("gap.title")))</p>
    <p>\(context.rich(gap.text))</p>
    <p class="guide-gap__help">\(context.plain(context.ui("gap.help")))</p>
    </div>
    """
  }

  /// A note or warning that stands out from the steps around it.
  static func note(_ context: PageContext, _ note: Note) -> String {
    let label = context.ui(note.kind == .warning ? "note.warning" : "note.info")
    var check = ""
    if let version = note.chromeAtMost {
      // Read by guide.js, which says whether this browser fits; it informs, never blocks.
      check =
        " data-guide-chrome-max=\"\(version)\""
        + ["ok", "newer", "other"].map {
          " data-\($0)=\"\(HTMLText.escape(context.ui("browser.\($0)", ["max": "\(version)"])))\""
        }.joined()
    }
    return """
      <div class="guide-note guide-note--\(note.kind.rawValue)" id="\(context.id("note-" + note.id))"\(check)>
      <p><strong class="guide-note__label">\(context.plain(label))</strong> \(context.rich(note.text))</p>
      </div>
      """
  }
}
