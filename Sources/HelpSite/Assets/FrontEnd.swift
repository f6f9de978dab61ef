/// The site's stylesheets and scripts. Each is a real file beside this one, embedded into
/// the binary at build time by the EmbedAssets plugin (as `FrontEndFiles`), so that `guide`
/// needs nothing beside it. They are written to the site byte for byte as they are (keep
/// that in mind before adding a comment or a final newline: the committed site/ changes too).
///
/// All of them must work in Chrome 38, which CRIMES requires, and from `file://`:
/// - `guide.css`: the one stylesheet: no custom properties, no grid, no `gap` on flex
///   boxes, no `:focus-visible`; prefixed transforms.
/// - `guide.js`: the one script every page loads, ES5. Pages work without it; it only makes
///   the language toggle keep the reader's place (the step anchor, the slide, the search
///   words) and says whether the browser in use is old enough for CRIMES.
/// - `search.js`: the search page's script, ES5. It reads `?q=` from the address, splits a
///   Thai query without spaces by longest match against the index's own words, finds words
///   by exact match, prefix and one-letter typos (English), adds glossary synonyms from the
///   other language, and lists the steps found with a snippet and the words highlighted.
/// - `slides.css`: loaded by slide pages only. Without JavaScript the slides are one long
///   page; with it (`js-slides`), one slide fills the screen in large type. In print, one
///   slide per A4 landscape page.
/// - `slides.js`: one slide at a time, the slide number in the address (#5, so a reload
///   keeps the place and the language toggle keeps the slide), keys, click and swipe, and a
///   presenter window that follows the main one through window.opener and postMessage (no
///   server).
///
/// The ES5 check (Tests/browser/es5_check.js) parses these source files and the built ones.
enum FrontEnd {
  /// Every stylesheet and script with its path below the site root (`assets/guide.css`).
  static let siteFiles: [(path: String, text: String)] = FrontEndFiles.files.sorted { $0.key < $1.key }
    .map { ("assets/\($0.key)", $0.value) }
}
