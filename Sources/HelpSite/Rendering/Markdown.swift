import CCmarkGFM
import Foundation
import ManualContent

/// Inline Markdown in content text, rendered by cmark-gfm (GitHub's CommonMark library,
/// from Debian) rather than by hand. Raw HTML in content is dropped (cmark's safe default),
/// so a content file cannot inject markup into the site: cmark's output is the one kind of
/// markup the pages take unescaped.
enum Markdown {
  /// HTML for a text that sits inside an element of its own (a paragraph, a list item): the
  /// paragraph cmark wraps around a single block is removed, and the other script's runs are
  /// marked for a page in `language`. Written straight from cmark's buffer into `out`.
  static func appendInline(_ markdown: String, language: Language, to out: inout [UInt8]) {
    withInlineHTML(markdown) { LanguageRuns.append($0, pageLanguage: language, to: &out) }
  }

  /// HTML for inline Markdown, without language marks.
  static func inlineHTML(_ markdown: String) -> String {
    withInlineHTML(markdown) { String(decoding: $0, as: UTF8.self) }
  }

  /// HTML for inline Markdown as cmark renders it, never taking the plain-text way: what
  /// the tests compare that way with.
  static func cmarkInlineHTML(_ markdown: String) -> String {
    withCmarkHTML(markdown) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with cmark's HTML for `markdown`, trimmed by `innerOfSingleParagraph`.
  private static func withInlineHTML<Result>(
    _ markdown: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    var markdown = markdown
    // Most texts are one line of words: cmark would give them back escaped in a `<p>`, which
    // `innerOfSingleParagraph` removes. They skip cmark (8 % of a build's CPU at N = 1,000,
    // issue 12), given as they are or, when they quote, escaped as cmark escapes.
    guard !markdown.withUTF8(MarkdownPlainText.isSingleParagraph) else {
      guard markdown.hasUTF8Byte(where: { $0 == UInt8(ascii: "\"") }) else { return markdown.withUTF8(body) }
      return HTMLEscaping.escapedText(markdown).withUnsafeBufferPointer(body)
    }
    return withCmarkHTML(markdown, body)
  }

  private static func withCmarkHTML<Result>(
    _ markdown: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    var markdown = markdown
    let rendered = markdown.withUTF8 { source in
      source.withMemoryRebound(to: CChar.self) {
        cmark_markdown_to_html($0.baseAddress, source.count, CMARK_OPT_DEFAULT)
      }
    }
    guard let rendered else {
      // cmark returns nothing only when out of memory; the text is still shown, escaped.
      return HTMLEscaping.escapedText(markdown).withUnsafeBufferPointer(body)
    }
    defer { free(rendered) }
    let all = UnsafeRawBufferPointer(start: rendered, count: strlen(rendered)).bindMemory(to: UInt8.self)
    return body(innerOfSingleParagraph(all))
  }

  /// Plain text with the Markdown marks removed, for `<title>` and `alt`.
  static func plainText(_ markdown: String) -> String { markdown.withoutMarkdownMarks }

  /// cmark's HTML without its trailing newlines and, when it is a single paragraph, without
  /// the `<p>` and `</p>` around it.
  static func innerOfSingleParagraph(_ html: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var end = html.count
    while end > 0, html[end - 1] == UInt8(ascii: "\n") { end -= 1 }
    let trimmed = UnsafeBufferPointer(rebasing: html[0..<end])
    let open = Array("<p>".utf8)
    let close = Array("</p>".utf8)
    guard end >= open.count + close.count, trimmed.starts(with: open),
      trimmed[(end - close.count)...].elementsEqual(close), occurrences(of: open, in: trimmed) == 1
    else { return trimmed }
    return UnsafeBufferPointer(rebasing: trimmed[open.count..<(end - close.count)])
  }

  private static func occurrences(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int {
    guard haystack.count >= needle.count else { return 0 }
    var found = 0
    var index = 0
    while index <= haystack.count - needle.count {
      if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) {
        found += 1
        index += needle.count
      } else {
        index += 1
      }
    }
    return found
  }
}
