import Foundation
import ManualContent

/// `<lang>/check/index.html`: the pre-check in the browser. The page holds the frame, the
/// controls a test can drive (`#bundle-folder`, `#bundle-zip`, the form) and `#check-report`;
/// the check itself is the ES5 engine of the `.js` files beside this one, reading the data
/// generated from the content (`CheckData`). With JavaScript off the controls stay hidden and
/// a note points to precheck.
enum CheckPage {
  static func path(_ language: Language) -> String { "\(language.rawValue)/check/index.html" }

  /// The scripts in the order the page loads them: pako first, the page last (the data,
  /// `CheckData`, before them all). Each is a file beside this one.
  static let scripts: [(name: String, bytes: [UInt8])] = [
    "pako_inflate.es5.min.js", "yaml-reader.js", "zip-reader.js", "jpeg-check.js", "pdf-password.js",
    "pdf-check.js", "rules.js", "field-rules.js", "check-form.js", "check-page.js",
  ].map { ($0, embedded($0)) }

  static let stylesheet = "assets/check/check.css"

  /// A `.js` or `.css` file of this folder, as the EmbedAssets plugin embedded it into the
  /// binary (`CheckPageFiles`).
  static func embedded(_ name: String) -> [UInt8] {
    guard let text = CheckPageFiles.files[name] else {
      preconditionFailure("\(name) is not a .js or .css file of Sources/HelpSite/CheckPage")
    }
    return Array(text.utf8)
  }

  /// Every file the pre-check adds to the site, by path below the site root.
  static func files(_ manual: Manual) -> [(String, Data)] {
    lazyFiles(manual).map { ($0.path, Data($0.make())) }
  }

  /// The same files, each made only when asked for: `guide serve` rebuilds the page list on
  /// every edit, and the check data alone (JSON of the whole manual) takes a second at N = 1,000.
  static func lazyFiles(_ manual: Manual) -> [(path: String, make: @Sendable () -> [UInt8])] {
    var files: [(path: String, make: @Sendable () -> [UInt8])] = [
      (stylesheet, { embedded("check.css") })
    ]
    for script in scripts {
      let bytes = script.bytes
      files.append(("assets/check/\(script.name)", { compact(bytes) }))
    }
    for language in Language.allCases {
      files.append(
        (CheckData.path(language), { CheckData(language: language).javascript(manual) }))
      files.append((path(language), { html(manual, language).bytes }))
    }
    return files
  }

  /// The engine's sources as shipped: without indentation, blank lines and whole-line
  /// comments, which are a quarter of their bytes (the page's budget is 150 KB). Only whole
  /// lines are dropped, so no string or regular expression can be cut; a line inside a
  /// string cannot start with `//` in these ES5 files, which have no multi-line strings.
  /// A line is joined to one that ends in `;`, `{`, `}`, `,` or `)` unless it starts with
  /// `(`, `[`, `+`, `-`, `/` or a backtick: a semicolon that the line break supplied would
  /// then be a syntax error, never a change of meaning, and `node --check` finds none.
  static func compact(_ bytes: [UInt8]) -> [UInt8] {
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
    let kept = lines.map { $0.drop { $0 == " " } }.filter { !$0.isEmpty && !$0.hasPrefix("//") }
    var out = ""
    for line in kept {
      if let last = out.last, !";{},)".contains(last) || "([+-/`".contains(line.first!) { out += "\n" }
      out += line
    }
    return Array((out + "\n").utf8)
  }

  /// The link to this page from the home page and every procedure's "before you start".
  static func link(_ context: PageContext) -> HTML {
    """
    <p class="guide-check-link"><a href="\(context.link(path(context.language)))">\
    \(context.plain(word("link", context.language)))</a></p>
    """
  }

  static func word(_ key: String, _ language: Language) -> String {
    CheckPageWords.all[key]?[language] ?? key
  }

  static func html(_ manual: Manual, _ language: Language) -> HTML {
    let context = PageContext(manual: manual, language: language, path: path(language))
    func w(_ key: String) -> HTML { context.plain(word(key, language)) }
    let options = manual.procedures.map {
      "<option value=\"\($0.id)\">\($0.title[language])</option>" as HTML
    }
    let main: HTML = """
      <h1>\(w("title"))</h1>
      <p class="guide-lead">\(w("lead"))</p>
      <noscript><div class="guide-note guide-note--warning"><p>\(w("noscript"))</p></div></noscript>
      <div id="check-app" class="check-app" hidden>
      <p id="check-progress" class="check-progress" role="status" aria-live="polite"></p>
      <div id="check-report" class="check-report"></div>
      <section class="check-section" aria-labelledby="check-open-heading">
      <h2 id="check-open-heading">\(w("open.heading"))</h2>
      <div class="check-field"><label for="bundle-folder">\(w("open.folder"))</label>
      <input id="bundle-folder" type="file" multiple></div>
      <div class="check-field"><label for="bundle-zip">\(w("open.zip"))</label>
      <input id="bundle-zip" type="file" accept=".zip,application/zip"></div>
      </section>
      <section class="check-section" aria-labelledby="check-fill-heading">
      <h2 id="check-fill-heading">\(w("fill.heading"))</h2>
      <form id="check-form" novalidate>
      <div class="check-field"><label for="check-procedure">\(w("procedure.label"))</label>
      <select id="check-procedure" class="check-input">
      <option value="">\(w("procedure.choose"))</option>
      \(options, separator: "\n")
      </select></div>
      <div id="check-fields"></div>
      <p class="check-buttons"><button type="submit" id="check-run" class="guide-button">\(w("check"))</button>
      <button type="button" id="check-save" class="guide-button">\(w("save"))</button></p>
      <p>\(w("save.note"))</p>
      </form>
      </section>
      </div>
      """
    return Layout.page(
      context, title: word("title", language),
      breadcrumbs: [(context.ui("nav.home"), SitePaths.home(language))], main: main,
      stylesheets: [stylesheet],
      scripts: [CheckData.path(language)] + scripts.map { "assets/check/\($0.name)" })
  }
}
