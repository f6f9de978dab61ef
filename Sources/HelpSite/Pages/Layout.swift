import ManualContent

/// The frame every page shares: head, skip link, header with the language toggle, footer.
/// The toggle leads to the same page in the other language (`lang`, `hreflang`), as
/// Canada.ca does for its two official languages.
enum Layout {
  static func page(
    _ context: PageContext, title: String, breadcrumbs: [(String, String)] = [], main: HTML,
    searchForm: Bool = true, stylesheets: [String] = [], scripts: [String] = []
  ) -> HTML {
    page(
      context, title: title, breadcrumbs: breadcrumbs, searchForm: searchForm, stylesheets: stylesheets,
      scripts: scripts
    ) { $0.append(main) }
  }

  /// As above, with the main content written by `writeMain` straight into the page's one
  /// buffer: the whole-manual pages (10–12 MB each at N = 1,000) are never held as pieces,
  /// joined and then copied into the frame (issue 12's memory target).
  static func page(
    _ context: PageContext, title: String, breadcrumbs: [(String, String)] = [],
    searchForm: Bool = true, stylesheets: [String] = [], scripts: [String] = [],
    writeMain: (inout HTML) -> Void
  ) -> HTML {
    let language = context.language
    let other = language.other
    let otherPath = SitePaths.translation(of: context.path, to: other)
    let siteName = context.ui("site.name")
    let otherContext = PageContext(manual: context.manual, language: other, path: context.path)
    var crumbs = HTML()
    if !breadcrumbs.isEmpty {
      let items = breadcrumbs.map {
        "<li><a href=\"\(context.link($0.1))\">\(context.plain($0.0))</a></li>" as HTML
      }
      crumbs = "<nav class=\"guide-breadcrumbs\" aria-label=\"breadcrumb\"><ol>\(items.joined())</ol></nav>\n"
    }
    var page: HTML = """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(context.unmarked(title)) – \(context.unmarked(siteName))</title>
      <link rel="stylesheet" href="\(context.link(SitePaths.asset("guide.css")))">\(stylesheets.map { "\n<link rel=\"stylesheet\" href=\"\(context.link($0))\">" as HTML }.joined())
      <link rel="alternate" hreflang="\(other.rawValue)" href="\(context.link(otherPath))">
      </head>
      <body>
      <a class="guide-skip" href="#main">\(context.plainUI("skip"))</a>
      <header class="guide-header">
      <div class="guide-width guide-header__inner">
      <a class="guide-header__name" href="\(context.link(SitePaths.home(language)))">\(context.plain(siteName))</a>
      <a class="guide-toggle" data-guide-toggle href="\(context.link(otherPath))" lang="\(other.rawValue)" hreflang="\(other.rawValue)">\(otherContext.ui("language.switch"))</a>
      </div>
      \(searchForm ? searchFormHTML(context) : HTML())
      </header>
      <div class="guide-width">
      \(crumbs)<main id="main" class="guide-main">

      """
    writeMain(&page)
    page += """

      </main>
      </div>
      <footer class="guide-footer">
      <div class="guide-width">
      <p>\(context.plain(context.manual.publisher[language]))<br>\(context.plain(context.manual.office[language]))</p>
      <p><a href="\(context.link(SitePaths.glossary(language)))">\(context.plainUI("nav.glossary"))</a> · <a href="\(context.link(SitePaths.finder(language)))">\(context.plainUI("nav.finder"))</a> · <a href="\(context.link(SitePaths.print(language)))">\(context.plainUI("print.link"))</a></p>
      </div>
      </footer>
      <script src="\(context.link(SitePaths.asset("guide.js")))"></script>\(scripts.map { "\n<script src=\"\(context.link($0))\"></script>" as HTML }.joined())
      </body>
      </html>

      """
    return page
  }

  /// The search box of every page: a plain GET form to the search page, so it works from
  /// `file://` and needs no script to submit.
  static func searchFormHTML(_ context: PageContext) -> HTML {
    """
    <form class="guide-width guide-header__search" action="\(context.link(SitePaths.search(context.language)))" method="get" role="search">
    <label for="guide-q" class="guide-header__label">\(context.plainUI("search.label"))</label>
    <input id="guide-q" name="q" type="search" class="guide-search__input">
    <button type="submit" class="guide-header__button">\(context.plainUI("search.button"))</button>
    </form>
    """
  }

  /// A visible box for something the source manual does not say.
  static func gap(_ context: PageContext, _ gap: Gap) -> HTML {
    """
    <div class="guide-gap" id="\(context.id(SitePaths.gapAnchor(gap.id)))">
    <p class="guide-gap__title">\(context.plainUI("gap.title"))</p>
    <p>\(context.rich(gap.text))</p>
    <p class="guide-gap__help">\(context.plainUI("gap.help"))</p>
    </div>
    """
  }

  /// A note or warning that stands out from the steps around it.
  static func note(_ context: PageContext, _ note: Note) -> HTML {
    let label = context.ui(note.kind == .warning ? "note.warning" : "note.info")
    var check = HTML()
    if let version = note.chromeAtMost {
      // Read by guide.js, which says whether this browser fits; it informs, never blocks.
      check = "\(attribute: "data-guide-chrome-max", "\(version)")"
      for fit in ["ok", "newer", "other"] {
        check += "\(attribute: "data-" + fit, context.ui("browser.\(fit)", ["max": "\(version)"]))"
      }
    }
    return """
      <div class="guide-note guide-note--\(note.kind.rawValue)" id="\(context.id(SitePaths.noteAnchor(note.id)))"\(check)>
      <p><strong class="guide-note__label">\(context.plain(label))</strong> \(context.rich(note.text))</p>
      </div>
      """
  }
}
