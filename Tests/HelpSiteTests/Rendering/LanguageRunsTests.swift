import ManualContent
import XCTest

@testable import HelpSite

/// Runs of the page's other script get `<span lang>`; exact HTML in, exact HTML out.
final class LanguageRunsTests: XCTestCase {
  private func thai(_ html: String) -> String { LanguageRuns.mark(html, pageLanguage: .th) }
  private func english(_ html: String) -> String { LanguageRuns.mark(html, pageLanguage: .en) }

  func testEnglishWordsInThaiText() {
    XCTAssertEqual(thai("เข้าระบบ CRIMES แล้ว"), "เข้าระบบ <span lang=\"en\">CRIMES</span> แล้ว")
  }

  func testThaiWordsInEnglishText() {
    XCTAssertEqual(english("Open ระบบ now"), "Open <span lang=\"th\">ระบบ</span> now")
  }

  func testSpacesAndDigitsJoinARunButTrailingOnesStayOutside() {
    XCTAssertEqual(thai("กด Save 2 times ก"), "กด <span lang=\"en\">Save 2 times</span> ก")
    XCTAssertEqual(english("See ข้อ 2."), "See <span lang=\"th\">ข้อ</span> 2.")
  }

  func testTextInOnlyThePagesLanguageIsUnchanged() {
    XCTAssertEqual(thai("ขอสิทธิ์สืบค้นข้อมูล ๒ ครั้ง"), "ขอสิทธิ์สืบค้นข้อมูล ๒ ครั้ง")
    XCTAssertEqual(english("Request the rights, twice."), "Request the rights, twice.")
    XCTAssertEqual(thai(""), "")
    XCTAssertEqual(thai("123 - 456"), "123 - 456")
  }

  func testTagsAndTheirAttributesAreNotTouched() {
    XCTAssertEqual(
      thai("<a href=\"x.html\" class=\"y\">Open</a>"),
      "<a href=\"x.html\" class=\"y\"><span lang=\"en\">Open</span></a>")
    XCTAssertEqual(
      english("<strong>ระบบ</strong> ok"), "<strong><span lang=\"th\">ระบบ</span></strong> ok")
  }

  func testEntitiesBracketsAndQuotesEndARun() {
    XCTAssertEqual(thai("A &amp; B"), "<span lang=\"en\">A</span> &amp; <span lang=\"en\">B</span>")
    XCTAssertEqual(thai("(Save)"), "(<span lang=\"en\">Save</span>)")
    XCTAssertEqual(thai("กด ‘Save’"), "กด ‘<span lang=\"en\">Save</span>’")
    XCTAssertEqual(english("“ระบบ”"), "“<span lang=\"th\">ระบบ</span>”")
  }

  func testTheOtherLanguagesLettersEndARun() {
    XCTAssertEqual(thai("Aก B"), "<span lang=\"en\">A</span>ก <span lang=\"en\">B</span>")
    XCTAssertEqual(english("กA ข"), "<span lang=\"th\">ก</span>A <span lang=\"th\">ข</span>")
  }

  func testARunAtTheEndOfTheTextIsClosed() {
    XCTAssertEqual(thai("คำว่า PDF"), "คำว่า <span lang=\"en\">PDF</span>")
  }

  func testNonThaiNonLatinLettersAreNeutral() {
    // Accented letters, an em dash and an emoji are neither script: they may sit inside a run.
    XCTAssertEqual(thai("café — ok"), "<span lang=\"en\">café — ok</span>")
    XCTAssertEqual(english("ก 😀 ข"), "<span lang=\"th\">ก 😀 ข</span>")
  }
}
