import ManualContent

/// What every page needs to render text: its language, the interface strings and the
/// relative path back to the site's root (pages work from `file://`, so every link is
/// relative and spelled out to `index.html`).
struct PageContext {
  let manual: Manual
  let language: Language
  /// The page's path below the site root, e.g. `en/external-search/index.html`.
  let path: String
  /// `../` repeated up to the site root.
  let root: String
  /// Put before every `id`, where one page holds several procedures (the print page).
  var idPrefix = ""
  /// Added to heading levels, where a procedure sits one level down (the print page).
  var headingOffset = 0

  init(manual: Manual, language: Language, path: String) {
    self.manual = manual
    self.language = language
    self.path = path
    self.root = SitePaths.rootPrefix(from: path)
  }

  /// An element id, unique on the page.
  func id(_ raw: String) -> String { idPrefix + raw }

  /// A heading tag name, e.g. `h2`, shifted where the procedure sits lower in the page.
  func h(_ level: Int) -> HTML { "h\(level + headingOffset)" }

  /// A link from this page to another page of the site, given by its path from the root
  /// (a `SitePaths` path).
  func link(_ target: String) -> String { root + target }

  /// An interface string; `SiteText.requiredKeys` guarantees it exists.
  func ui(_ key: String) -> String {
    manual.interface[key]?[language] ?? key
  }

  /// An interface string with `{name}` placeholders filled in.
  func ui(_ key: String, _ values: [String: String]) -> String {
    values.reduce(ui(key)) { $0.replacingAll("{\($1.key)}", with: $1.value) }
  }

  /// Content text (inline Markdown) as HTML, with other-script runs marked with `lang`.
  func rich(_ text: LocalizedText) -> HTML { rich(text[language]) }
  func rich(_ markdown: String) -> HTML {
    var html = HTML()
    Markdown.appendInline(markdown, language: language, to: &html.bytes)
    return html
  }

  /// Plain text, escaped, with other-script runs marked with `lang`.
  func plain(_ text: String) -> HTML {
    let escaped = HTMLEscaping.escapedText(text)
    var html = HTML()
    escaped.withUnsafeBufferPointer { LanguageRuns.append($0, pageLanguage: language, to: &html.bytes) }
    return html
  }

  /// An interface string as `plain` text.
  func plainUI(_ key: String) -> HTML { plain(ui(key)) }

  /// Text for an attribute or `<title>`: Markdown marks removed; the writer escapes it.
  func unmarked(_ markdown: String) -> String { Markdown.plainText(markdown) }
}
