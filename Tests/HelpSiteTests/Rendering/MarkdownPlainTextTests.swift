import ManualContent
import XCTest

@testable import HelpSite

/// Texts that skip cmark (`MarkdownPlainText`) come out as cmark would have rendered them.
final class MarkdownPlainTextTests: XCTestCase {
  func assertBothWaysAgree(_ texts: [String], file: StaticString = #filePath, line: UInt = #line) -> Int {
    var plain = 0
    for text in texts {
      var copy = text
      if copy.withUTF8(MarkdownPlainText.isSingleParagraph) { plain += 1 }
      XCTAssertEqual(Markdown.inlineHTML(text), Markdown.cmarkInlineHTML(text), text, file: file, line: line)
    }
    return plain
  }

  func testEveryTextOfTheContentAndOfAGeneratedCorpusIsRenderedAsCmarkRendersIt() {
    for manual in [BuiltSite.manual, GeneratedCorpus.manual] {
      let texts = GeneratedCorpus.strings(in: manual)
      let plain = assertBothWaysAgree(texts)
      XCTAssertGreaterThan(plain, texts.count / 3, "most texts take the plain way")
    }
  }

  /// Random short strings of the characters at the edge of the test: every one is rendered
  /// the same both ways, whichever way it takes.
  func testRandomStringsAroundTheBoundaryAreRenderedAsCmarkRendersThem() {
    let pieces = [
      "a", "Z", "ก", "\u{E31}", "1", " ", ",", ".", ";", ":", "?", "(", ")", "'", "\"", "/", "%", "=", "@",
      "$",
      "!", "+", "-", "{", "}", "^", "\u{A0}", "\u{3000}", "\u{200B}", "é", "e\u{301}", "—", "“", "*", "_",
      "#",
      "1.", "\t", "&", "<", "[", "]", "`", "~", "|", "\\", "\n", "  ", "www.x.com", "http://a.b", "---",
      "===",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {  // SplitMix64: the same strings on every run
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
    let texts = (0..<20_000).map { _ in (0...next(7)).map { _ in pieces[next(pieces.count)] }.joined() }
    let plain = assertBothWaysAgree(texts)
    XCTAssertGreaterThan(plain, 1_000)
  }
}
