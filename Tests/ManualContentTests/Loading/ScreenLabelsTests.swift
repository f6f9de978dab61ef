import XCTest

@testable import ManualContent

/// The quoted screen labels of a Thai text, with the byte check that skips the search for the
/// texts that quote nothing (issue 12).
final class ScreenLabelsTests: XCTestCase {
  func testLabelsInEitherQuoteAreFoundAndTextsWithoutAnOpeningQuoteHaveNone() {
    XCTAssertEqual(ScreenLabels.quoted(in: "เลือก ‘ข้อมูลบุคคล’ แล้วกด “ส่งแล้ว”"), ["‘ข้อมูลบุคคล’", "“ส่งแล้ว”"])
    XCTAssertEqual(ScreenLabels.quoted(in: "กด “ค้นหา” และ ‘Search’"), ["“ค้นหา”"])
    XCTAssertEqual(ScreenLabels.quoted(in: "ไม่มีป้าย’ ” มีแต่เครื่องหมายปิด"), [])
    XCTAssertEqual(ScreenLabels.quoted(in: "ไม่มีเครื่องหมายคำพูด — มีแต่ขีด…"), [])
    XCTAssertFalse(ScreenLabels.mayHaveOpeningQuote("ข้อความ — ’ ” … \u{200B}"))
    XCTAssertTrue(ScreenLabels.mayHaveOpeningQuote("x‘"))
    XCTAssertTrue(ScreenLabels.mayHaveOpeningQuote("“"))
  }
}
