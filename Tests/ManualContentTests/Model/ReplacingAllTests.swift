import XCTest

@testable import ManualContent

/// `replacingAll` compares bytes and returns the text itself when nothing matches (issue 12);
/// these pin its results where a byte-level scan could go wrong.
final class ReplacingAllTests: XCTestCase {
  func testReplacesEveryOccurrenceAtStartMiddleAndEnd() {
    XCTAssertEqual("{n} of {n}, step {n}".replacingAll("{n}", with: "3"), "3 of 3, step 3")
    XCTAssertEqual("a.b.c".replacingAll(".", with: "-"), "a-b-c")
    XCTAssertEqual("ขั้นตอน {n} จาก {total}".replacingAll("{total}", with: "๗"), "ขั้นตอน {n} จาก ๗")
  }

  func testLeavesTextWithoutTheTargetAsItIs() {
    XCTAssertEqual("no marks here".replacingAll("**", with: ""), "no marks here")
    XCTAssertEqual("*".replacingAll("**", with: ""), "*")
    XCTAssertEqual("".replacingAll("x", with: "y"), "")
    XCTAssertEqual("abc".replacingAll("", with: "y"), "abc")
  }

  func testOverlappingAndPartialMatches() {
    XCTAssertEqual("***bold***".replacingAll("**", with: ""), "*bold*")
    XCTAssertEqual("aaa".replacingAll("aa", with: "b"), "ba")
    XCTAssertEqual("ab".replacingAll("abc", with: "x"), "ab")
  }

  func testMarkdownMarksAreRemovedAndPlainTextKept() {
    XCTAssertEqual("กด **บันทึก** แล้ว `OK` __now__".withoutMarkdownMarks, "กด บันทึก แล้ว OK now")
    XCTAssertEqual("ไม่มีเครื่องหมาย".withoutMarkdownMarks, "ไม่มีเครื่องหมาย")
    XCTAssertEqual("snake_case stays".withoutMarkdownMarks, "snake_case stays")
  }
}
