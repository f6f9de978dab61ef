import XCTest

@testable import HelpSite

/// The HTML writer escapes by default: exact bytes in, exact bytes out.
final class HTMLWriterTests: XCTestCase {
  func testTextIsEscaped() {
    let text = "a < b > c & \"d\" 'e'"
    let html: HTML = "<p>\(text)</p>"
    XCTAssertEqual(html.string, "<p>a &lt; b &gt; c &amp; &quot;d&quot; 'e'</p>")
  }

  func testMarkupInTextCannotBecomeMarkup() {
    let text = "</p><script>alert(1)</script>"
    let html: HTML = "<p>\(text)</p>"
    XCTAssertEqual(html.string, "<p>&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>")
  }

  func testAttributeValueIsEscapedAndQuotedByTheWriter() {
    let value = "say \"hi\" & <go> 'now'"
    let html: HTML = "<p\(attribute: "data-x", value)></p>"
    XCTAssertEqual(html.string, "<p data-x=\"say &quot;hi&quot; &amp; &lt;go&gt; 'now'\"></p>")
  }

  func testAttributeNamesAreCheckedNames() {
    XCTAssertTrue(HTMLEscaping.isAttributeName("data-slides-of"))
    XCTAssertTrue(HTMLEscaping.isAttributeName("aria-label"))
    XCTAssertFalse(HTMLEscaping.isAttributeName(""))
    XCTAssertFalse(HTMLEscaping.isAttributeName("-x"))
    XCTAssertFalse(HTMLEscaping.isAttributeName("x onclick"))
    XCTAssertFalse(HTMLEscaping.isAttributeName("x=\"y\""))
    XCTAssertFalse(HTMLEscaping.isAttributeName("ก"))
  }

  func testAnIdFromContentCannotLeaveItsAttribute() {
    let id = "step\" onclick=\"alert(1)"
    let html: HTML = "<li id=\"\(id)\"></li>"
    XCTAssertEqual(html.string, "<li id=\"step&quot; onclick=&quot;alert(1)\"></li>")
  }

  func testRawMarkupIsKeptAsItIs() {
    let markup = "<strong>a & b</strong>"
    let html: HTML = "<p>\(raw: markup)</p>"
    XCTAssertEqual(html.string, "<p><strong>a & b</strong></p>")
    XCTAssertEqual(HTML(raw: markup).string, markup)
  }

  func testHTMLInsideHTMLIsNotEscapedTwice() {
    let inner: HTML = "<em>\("x & y")</em>"
    let outer: HTML = "<p>\(inner)</p>"
    XCTAssertEqual(outer.string, "<p><em>x &amp; y</em></p>")
  }

  func testThaiTextPassesUnchangedAroundEscapes() {
    let text = "กรอก <เลขบัตร> & “ยืนยัน” ๑๒"
    XCTAssertEqual(HTML(text: text).string, "กรอก &lt;เลขบัตร&gt; &amp; “ยืนยัน” ๑๒")
    XCTAssertEqual(HTML(text: "ขอสิทธิ์สืบค้นข้อมูล").string, "ขอสิทธิ์สืบค้นข้อมูล")
  }

  func testEmptyAndEscapeOnlyTexts() {
    XCTAssertEqual(HTML(text: "").string, "")
    XCTAssertEqual(HTML(text: "&").string, "&amp;")
    XCTAssertEqual(HTML(text: "<>&\"'").string, "&lt;&gt;&amp;&quot;'")
    XCTAssertEqual(HTML(text: "&amp;").string, "&amp;amp;", "an entity in text is text")
  }

  func testNumbersAndJoinedPieces() {
    let pieces: [HTML] = ["<li>\(1)</li>", "<li>\(22)</li>", "<li>\(-3)</li>"]
    let list: HTML = "<ol>\(pieces, separator: "\n")</ol>"
    XCTAssertEqual(list.string, "<ol><li>1</li>\n<li>22</li>\n<li>-3</li></ol>")
    XCTAssertEqual(pieces.joined(separator: ", ").string, "<li>1</li>, <li>22</li>, <li>-3</li>")
    XCTAssertEqual(([] as [HTML]).joined(separator: ", ").string, "")
  }

  func testAppendingKeepsOrder() {
    var html: HTML = "<p>"
    html += HTML(text: "a&b")
    html.append("</p>")
    XCTAssertEqual(html + "\n", "<p>a&amp;b</p>\n")
  }
}
