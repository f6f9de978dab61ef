import CCmarkGFM
import Foundation
import ManualContent

/// Inline Markdown in content text, rendered by cmark-gfm (GitHub's CommonMark library,
/// from Debian) rather than by hand. Raw HTML in content is dropped (cmark's safe default),
/// so a content file cannot inject markup into the site.
enum Markdown {
  /// HTML for a text that sits inside an element of its own (a paragraph, a list item):
  /// the paragraph cmark wraps around a single block is removed.
  static func inlineHTML(_ markdown: String) -> String {
    var html = render(markdown)
    while html.hasSuffix("\n") { html.removeLast() }
    if html.hasPrefix("<p>"), html.hasSuffix("</p>"), html.components(separatedBy: "<p>").count == 2 {
      html = String(html.dropFirst(3).dropLast(4))
    }
    return html
  }

  /// Plain text with the Markdown marks removed, for `<title>` and `alt`.
  static func plainText(_ markdown: String) -> String { markdown.withoutMarkdownMarks }

  private static func render(_ markdown: String) -> String {
    let options = CMARK_OPT_DEFAULT
    guard
      let pointer = markdown.withCString({ cmark_markdown_to_html($0, strlen($0), options) })
    else { return HTMLText.escape(markdown) }
    defer { free(pointer) }
    return String(cString: pointer)
  }
}
