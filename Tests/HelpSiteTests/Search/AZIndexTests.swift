import XCTest

@testable import HelpSite

/// The A–Z index files a Thai term under its first consonant, as Thai dictionaries do.
final class AZIndexTests: XCTestCase {
  func testThaiTermsAreFiledUnderTheirFirstConsonant() {
    XCTAssertEqual(SearchPage.initial("ช่วยราชการ"), "ช")  // tone mark over the consonant
    XCTAssertEqual(SearchPage.initial("ย้ายกลับสังกัดเดิม"), "ย")
    XCTAssertEqual(SearchPage.initial("เลือกไฟล์"), "ล")  // vowel written before it
    XCTAssertEqual(SearchPage.initial("ไม่"), "ม")
    XCTAssertEqual(SearchPage.initial("“Chrome 38”"), "C")
  }

  func testTheBuiltIndexHasNoHeadingWithAMark() throws {
    let page = try BuiltSite.page("th/search/index.html")
    let headings = page.values("//div[@class='guide-az']/h3")
    XCTAssertTrue(headings.contains("ช"), "\(headings)")
    for heading in headings {
      XCTAssertEqual(heading.unicodeScalars.count, 1, "A–Z heading \(heading) is not one letter")
    }
  }
}
