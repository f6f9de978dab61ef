import XCTest

@testable import BundleCheck

/// Bundle text reaches a report only through `Echo`: digit runs masked in every script,
/// control and bidirectional characters made visible.
final class EchoTests: XCTestCase {
  func testANationalIDIsMaskedInEveryDigitScriptAndSpacing() {
    for written in [
      "1101700230708", "1-1017-00230-70-8", "1 1017 00230 70 8", "๑๑๐๑๗๐๐๒๓๐๗๐๘", "１１０１７００２３０７０８",
      "id 1.1017.00230.70.8 here", "1\u{2013}1017\u{2013}00230\u{2013}70\u{2013}8", "1101700230708.pdf",
    ] {
      let shown = Echo.value(written)
      let digits = shown.unicodeScalars.filter { $0.properties.numericType == .decimal }
      XCTAssertEqual(digits.count, 4, "\(written) → \(shown)")
    }
    XCTAssertEqual(Echo.value("1-1017-00230-70-8"), "•-••••-••••0-70-8")
    // Short numbers (a line, an amount, a date) stay as written.
    XCTAssertEqual(Echo.value("line 12, 2026-01-01, 10:30"), "line 12, 2026-01-01, 10:30")
  }

  func testLongTextIsCut() {
    XCTAssertEqual(Echo.value(String(repeating: "ก", count: 500)).count, Echo.maximumCharacters + 1)
  }

  func testControlAndBidiCharactersAreShownEscaped() {
    XCTAssertEqual(Echo.visible("a\u{1B}[2Jb\u{202E}fdp.exe\r\n"), "a\\u001B[2Jb\\u202Efdp.exe\\u000D\\u000A")
    XCTAssertEqual(Echo.visible("บันทึก memo.pdf"), "บันทึก memo.pdf")
  }

  func testOnlyFieldLikeNamesAreRepeated() {
    XCTAssertEqual(Echo.fieldName("signed_by_unit_head"), "signed_by_unit_head")
    XCTAssertNil(Echo.fieldName("1101700230708"))
    XCTAssertNil(Echo.fieldName("ชื่อ"))
  }
}
