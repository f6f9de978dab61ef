/// The site's URL scheme, in one place. The pages `guide` writes link with it, and precheck's
/// help links point into the site with it, so the two cannot drift apart.
///
/// Paths are relative to the site's root and always name the file (`…/index.html`): the site
/// is opened from `file://` and from USB sticks, where a folder link would show a listing.
/// Precheck writes its help links below a language's folder (`<procedure>/index.html#<step>`)
/// and adds the language when it knows which one the report is in: `inLanguage(_:_:)`.
public enum SitePaths {
  // MARK: pages, from the site's root

  /// Every page is the `index.html` of its own folder; a form that submits to its own page
  /// names this file.
  public static let pageFile = "index.html"

  /// The page that offers both languages.
  public static let root = pageFile

  /// A front-end file or a figure's picture: `assets/<name>`.
  public static func asset(_ name: String) -> String { "assets/" + name }

  /// A language's home page: `<lang>/index.html`.
  public static func home(_ language: Language) -> String { inLanguage(language, homeInLanguage) }

  /// A section of the home page (the deck's title-only sections have no page of their own).
  public static func homeSection(_ language: Language, _ sectionID: String) -> String {
    withAnchor(home(language), sectionID)
  }

  /// A procedure's page, or a place on it: `<lang>/<procedure-id>/index.html#<anchor>`.
  public static func procedure(_ procedureID: String, _ language: Language, anchor: String? = nil) -> String {
    inLanguage(language, procedureInLanguage(procedureID, anchor: anchor))
  }

  /// A procedure's slide deck: `<lang>/<procedure-id>/slides/index.html`.
  public static func procedureSlides(_ procedureID: String, _ language: Language) -> String {
    inLanguage(language, "\(procedureID)/slides/index.html")
  }

  /// The slide deck of the whole manual: `<lang>/slides/index.html`.
  public static func slides(_ language: Language) -> String { inLanguage(language, "slides/index.html") }

  /// The whole manual on one page for paper: `<lang>/print/index.html`.
  public static func print(_ language: Language) -> String { inLanguage(language, "print/index.html") }

  /// The glossary, or one term on it: `<lang>/glossary/index.html#<term-id>`.
  public static func glossary(_ language: Language, term: String? = nil) -> String {
    withAnchor(inLanguage(language, "glossary/index.html"), term)
  }

  /// The search page: `<lang>/search/index.html` (it reads `?q=` itself).
  public static func search(_ language: Language) -> String { inLanguage(language, "search/index.html") }

  /// The search index the search page loads: `searchIndexName`, beside the page.
  public static func searchIndex(_ language: Language) -> String {
    inLanguage(language, "search/" + searchIndexName)
  }

  /// The search index's file name, which the search page links to directly.
  public static let searchIndexName = "search-index.js"

  /// One file of a language's search index (the sharded index has many, beside the first).
  public static func searchFile(_ language: Language, _ name: String) -> String {
    inLanguage(language, "search/" + name)
  }

  /// The A–Z index on a page of its own, for a manual too large to list it on the search page.
  public static func azIndex(_ language: Language) -> String { inLanguage(language, "search/a-z.html") }

  /// A question of "which procedure do I need?": the first one (`nil`) is
  /// `<lang>/finder/index.html`, the others `<lang>/finder/<question-id>/index.html`.
  public static func finder(_ language: Language, question: String? = nil) -> String {
    inLanguage(language, question.map { "finder/\($0)/index.html" } ?? "finder/index.html")
  }

  // MARK: below a language's folder (precheck's help links)

  /// A language's home page, from inside its folder.
  public static let homeInLanguage = "index.html"

  /// A procedure's page from inside a language's folder: `<procedure-id>/index.html#<anchor>`.
  public static func procedureInLanguage(_ procedureID: String, anchor: String? = nil) -> String {
    withAnchor("\(procedureID)/index.html", anchor)
  }

  /// A path below a language's folder, from the site's root: `<lang>/<path>`.
  public static func inLanguage(_ language: Language, _ pathInLanguage: String) -> String {
    language.rawValue + "/" + pathInLanguage
  }

  // MARK: anchors (element ids) on a page

  /// "Before you start" on a procedure's page: where help goes when no step explains a field.
  public static let beforeAnchor = "before"
  /// The heading of a procedure's steps.
  public static let stepsAnchor = "steps"
  /// A step: its id, as written in the content.
  public static func stepAnchor(_ stepID: String) -> String { stepID }
  /// A note or warning: `note-<id>` (precheck's advice links to it).
  public static func noteAnchor(_ noteID: String) -> String { "note-" + noteID }
  /// A box for something the source manual does not say: `gap-<id>`.
  public static func gapAnchor(_ gapID: String) -> String { "gap-" + gapID }
  /// A slide of a deck, counted from 1: `slide-<n>`.
  public static func slideAnchor(_ number: Int) -> String { "slide-\(number)" }

  /// On the print page each procedure's section has the procedure's id, and every id inside
  /// it starts with this prefix: `<procedure-id>--<step-id>`.
  public static func printAnchorPrefix(_ procedureID: String) -> String { procedureID + "--" }

  /// `path#anchor`, or `path` alone when there is no anchor.
  public static func withAnchor(_ path: String, _ anchor: String?) -> String {
    anchor.map { path + "#" + $0 } ?? path
  }

  // MARK: relative links

  /// `../` once for each folder `pagePath` is below the root: `en/glossary/index.html` → `../../`.
  public static func rootPrefix(from pagePath: String) -> String {
    var depth = 0
    for byte in pagePath.utf8 where byte == UInt8(ascii: "/") { depth += 1 }
    return String(repeating: "../", count: depth)
  }

  /// The link from the page at `pagePath` to `target` (both from the site's root).
  public static func link(from pagePath: String, to target: String) -> String {
    rootPrefix(from: pagePath) + target
  }

  /// The same page in another language: the language folder swapped, the rest kept.
  public static func translation(of pagePath: String, to language: Language) -> String {
    guard let slash = pagePath.firstIndex(of: "/") else { return pagePath }
    return language.rawValue + pagePath[slash...]
  }
}
