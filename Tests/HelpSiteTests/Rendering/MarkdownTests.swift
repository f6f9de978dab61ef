import ManualContent
import XCTest

@testable import HelpSite

/// Content Markdown through cmark-gfm, and the byte helpers it and the pages rely on.
final class MarkdownTests: XCTestCase {
  func testASingleParagraphLosesItsParagraphTags() {
    XCTAssertEqual(Markdown.inlineHTML("Press **Send** now"), "Press <strong>Send</strong> now")
    XCTAssertEqual(Markdown.inlineHTML("a `code` b"), "a <code>code</code> b")
  }

  func testTwoParagraphsKeepTheirTags() {
    XCTAssertEqual(Markdown.inlineHTML("one\n\ntwo"), "<p>one</p>\n<p>two</p>")
  }

  func testRawHTMLInContentIsDroppedAndTextIsEscaped() {
    XCTAssertEqual(
      Markdown.inlineHTML("a <script>x</script> b"), "a <!-- raw HTML omitted -->x<!-- raw HTML omitted --> b"
    )
    XCTAssertEqual(Markdown.inlineHTML("1 < 2 & \"3\""), "1 &lt; 2 &amp; &quot;3&quot;")
  }

  func testRichTextIsMarkedForThePagesLanguage() {
    var bytes: [UInt8] = []
    Markdown.appendInline("กด **Save**", language: .th, to: &bytes)
    XCTAssertEqual(
      String(decoding: bytes, as: UTF8.self), "กด <strong><span lang=\"en\">Save</span></strong>")
  }

  func testReplacingAllComparesBytes() {
    XCTAssertEqual("พบ {n} รายการสำหรับ “{q}”".replacingAll("{n}", with: "5"), "พบ 5 รายการสำหรับ “{q}”")
    XCTAssertEqual("a{n}b{n}".replacingAll("{n}", with: ""), "ab")
    XCTAssertEqual("aaa".replacingAll("aa", with: "b"), "ba", "left to right, no overlaps")
    XCTAssertEqual("abc".replacingAll("", with: "x"), "abc")
    XCTAssertEqual("ab".replacingAll("abc", with: "x"), "ab")
    XCTAssertEqual("slides.of".replacingAll(".", with: "-"), "slides-of")
    // No Unicode folding: a decomposed é is not the precomposed one.
    XCTAssertEqual("cafe\u{301}".replacingAll("\u{E9}", with: "e"), "cafe\u{301}")
  }

  func testMarkdownMarksAreRemovedForPlainText() {
    XCTAssertEqual("**Save** `x` __y__ *z*".withoutMarkdownMarks, "Save x y *z*")
    XCTAssertEqual(Markdown.plainText("กด **บันทึก**"), "กด บันทึก")
  }
}
