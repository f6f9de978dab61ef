import Foundation
import ManualContent
import XCTest

/// What an officer sees on each procedure page, read back from the generated HTML with libxml2.
final class ProcedurePageTests: XCTestCase {
  func testEveryProcedureHasAPageInBothLanguages() throws {
    for procedure in BuiltSite.manual.procedures {
      for language in Language.allCases {
        let page = try BuiltSite.page("\(language.rawValue)/\(procedure.id)/index.html")
        XCTAssertEqual(page.values("/html/@lang"), [language.rawValue])
        XCTAssertEqual(
          page.texts("//h1").first?.trimmingCharacters(in: .whitespaces),
          Self.plain(procedure.title[language]))
      }
    }
  }

  func testStepsAreNumberedInOrderWithAnchors() throws {
    let page = try BuiltSite.page("en/external-search/index.html")
    XCTAssertEqual(page.values("//li[@class='guide-step']/@data-step"), (1...7).map(String.init))
    XCTAssertEqual(
      page.values("//li[@class='guide-step']/@id"),
      [
        "open-personal-data", "open-external-search-request", "fill-in-contact-and-duties",
        "choose-data", "attach-documents", "send-request", "wait-for-approval",
      ])
    XCTAssertEqual(page.texts("//li[@id='choose-data']//span[@class='guide-step__number']"), ["Step 4 of 7"])
    let thai = try BuiltSite.page("th/extra-privilege/index.html")
    XCTAssertEqual(thai.texts("//li[@id='log-in']//span[@class='guide-step__number']"), ["ขั้นตอนที่ 1 จาก 8"])
  }

  func testThaiScreenLabelsAppearVerbatimInEnglishWithLangMarks() throws {
    let page = try BuiltSite.page("en/external-search/index.html")
    let firstStep = page.texts("//li[@id='open-personal-data']/p[1]").joined()
    XCTAssertTrue(firstStep.contains("‘ข้อมูลบุคคล’"), firstStep)
    XCTAssertTrue(page.texts("//li[@id='send-request']//span[@lang='th']").contains("ส่งคำร้องขอให้ ศทก"))
  }

  func testBeforeYouStartListsFieldsAndDocumentsWithFileTypes() throws {
    let page = try BuiltSite.page("en/external-search/index.html")
    let fields = page.texts("//ul[@data-guide-fields]/li")
    XCTAssertTrue(fields.contains("13-digit national ID number"), "\(fields)")
    XCTAssertTrue(fields.contains("Duties performed (หน้าที่ที่ปฏิบัติ)"), "\(fields)")
    XCTAssertEqual(
      page.values("//ul[@data-guide-attachments]//strong/@data-role"), ["request-memo", "official-id-copy"])
    let memo = page.texts("//ul[@data-guide-attachments]/li[1]").joined()
    XCTAssertTrue(
      memo.contains(".pdf") && memo.contains(".jpg") && memo.contains("signed by the head of the unit"), memo)
  }

  func testWarningsStandOut() throws {
    let renewal = try BuiltSite.page("en/renew-user/index.html")
    XCTAssertTrue(
      renewal.texts("//div[contains(@class,'guide-note--warning')]").joined().contains(
        "Google Chrome version 38 or lower"))
    let search = try BuiltSite.page("th/external-search/index.html")
    XCTAssertTrue(
      search.texts("//li[@id='choose-data']//div[contains(@class,'guide-note--warning')]").joined().contains(
        "15 วัน"))
  }

  func testCalloutsOverTheFigureMatchTheLegend() throws {
    for path in BuiltSite.pages {
      let page = try BuiltSite.page(path)
      let figures = page.count("//figure")
      for index in stride(from: 1, through: figures, by: 1) {
        let overlay = page.texts(
          "(//figure)[\(index)]//div[@class='guide-figure__frame']/span[@class='guide-callout']")
        let legend = page.texts(
          "(//figure)[\(index)]//ul[@class='guide-legend']/li/span[contains(@class,'guide-callout')]")
        XCTAssertFalse(overlay.isEmpty, path)
        XCTAssertEqual(overlay, legend, "callouts and legend differ in figure \(index) of \(path)")
      }
    }
    let upload = try BuiltSite.page("en/extra-privilege/index.html")
    XCTAssertEqual(
      upload.texts(
        "//li[@id='attach-documents']//ul[@class='guide-legend']/li/span[contains(@class,'guide-callout')]"),
      ["5", "6", "6", "7"])
  }

  func testRenewalPagesShowTheLostCalloutsInTheDecksOrderAndTheGap() throws {
    let page = try BuiltSite.page("en/renew-search-rights/index.html")
    XCTAssertEqual(
      page.texts("//ul[@class='guide-legend']/li/span[contains(@class,'guide-callout')]"), ["1", "3", "2"])
    XCTAssertTrue(page.texts("//div[@class='guide-gap']").joined().contains("does not describe these steps"))
    XCTAssertTrue(page.texts("//figcaption").joined().contains("Schematic drawing"))
  }

  func testAlternativesAreJoinedByOr() throws {
    let page = try BuiltSite.page("en/extra-privilege/index.html")
    XCTAssertEqual(page.count("//li[@id='choose-rights']//div[@class='guide-option']"), 2)
    XCTAssertEqual(page.texts("//li[@id='choose-rights']//p[@class='guide-or']"), ["or"])
  }

  static func plain(_ markdown: String) -> String {
    markdown.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
  }
}
