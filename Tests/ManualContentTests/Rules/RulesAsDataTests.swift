import ManualContent
import XCTest

/// The one homes of file types, id spelling and rule ids, with exact inputs and outputs.
final class RulesAsDataTests: XCTestCase {
  func testFileTypesComeFromOneList() {
    XCTAssertEqual(FileType.allCases.map(\.rawValue), ["pdf", "jpg"])
    XCTAssertEqual(FileType.names, "pdf, jpg")
    XCTAssertEqual(FileType(fileExtension: "JPG"), .jpg)
    XCTAssertNil(FileType(fileExtension: "jpeg"), "CRIMES takes .jpg; the bundle spec says .pdf or .jpg")
    XCTAssertNil(FileType(fileExtension: "png"))
    XCTAssertEqual(FileType.listed([.pdf, .jpg]), LocalizedText(th: ".pdf หรือ .jpg", en: ".pdf or .jpg"))
    XCTAssertEqual(FileType.pdf.magic, Array("%PDF-".utf8))
    XCTAssertEqual(FileType.jpg.magic, [0xFF, 0xD8, 0xFF])
  }

  func testIdSpelling() {
    for id in ["renew-user", "step-2", "a"] { XCTAssertTrue(ContentID.isValid(id, .slug), id) }
    for id in ["Renew", "renew_user", "renew.user", "", "ไทย", "a b"] {
      XCTAssertFalse(ContentID.isValid(id, .slug), id)
    }
    for id in ["officer.first_name", "signed_by_unit_head", "duties"] {
      XCTAssertTrue(ContentID.isValid(id, .manifestKey), id)
    }
    for id in ["officer.", ".x", "first-name", "a..b"] {
      XCTAssertFalse(ContentID.isValid(id, .manifestKey), id)
    }
    for id in ["manifest.missing", "attachment.pdf-damaged", "advice.chrome-38"] {
      XCTAssertTrue(ContentID.isValid(id, .rule), id)
    }
    for id in ["manifest..missing", "Manifest.missing", "field_type"] {
      XCTAssertFalse(ContentID.isValid(id, .rule), id)
    }
  }

  func testEveryRuleIdIsSpeltAsRuleIdsMustBe() {
    for id in RuleID.allCases {
      XCTAssertTrue(ContentID.isValid(id.rawValue, .rule), id.rawValue)
      XCTAssertFalse(id.rawValue.hasPrefix(RuleID.advicePrefix), id.rawValue)
    }
    XCTAssertEqual(RuleID.advice("chrome-38"), "advice.chrome-38")
  }

  func testExitStatusesAreTheDocumentedNumbers() {
    XCTAssertEqual(ExitStatus.ready.rawValue, 0)
    XCTAssertEqual(ExitStatus.notReady.rawValue, 1)
    XCTAssertEqual(ExitStatus.nothingChecked.rawValue, 2)
  }
}
