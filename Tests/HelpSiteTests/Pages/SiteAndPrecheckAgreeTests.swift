import BundleCheck
import Foundation
import ManualContent
import XCTest

/// One source of rules: what the site's "before you start" lists is what precheck requires,
/// and every help link in precheck's reports lands on a page and step of the built site.
final class SiteAndPrecheckAgreeTests: XCTestCase {
  func testBeforeYouStartListsWhatPrecheckRequires() throws {
    let rules = try Precheck.embeddedManual()
    for procedure in rules.procedures {
      for language in Language.allCases {
        let page = try BuiltSite.page("\(language.rawValue)/\(procedure.id)/index.html")
        XCTAssertEqual(
          page.values("//ul[@data-guide-attachments]//strong/@data-role"), procedure.attachmentRoleIDs,
          procedure.id)
        let fields = page.texts("//ul[@data-guide-fields]/li")
        XCTAssertEqual(
          fields,
          procedure.fieldIDs.compactMap { rules.field($0)?.label[language] }.map(ProcedurePageTests.plain),
          procedure.id)
      }
    }
  }

  func testEveryHelpLinkOfEveryFixtureReportLandsOnTheSite() throws {
    let fixtures = BuiltSite.repository.appendingPathComponent("Tests/Fixtures/Bundles")
    let names = try String(contentsOf: fixtures.appendingPathComponent("expected.tsv"), encoding: .utf8)
      .split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
    let manual = try Precheck.embeddedManual()
    var checked = 0
    for name in names {
      let report = BundleChecker(manual: manual).check(
        try Precheck.open(fixtures.appendingPathComponent(name).path))
      for finding in report.findings {
        guard let help = finding.help else { continue }
        for language in Language.allCases {
          let parts = help.split(separator: "#", maxSplits: 1).map(String.init)
          let page = try BuiltSite.page("\(language.rawValue)/\(parts[0])")
          if parts.count == 2 {
            XCTAssertEqual(page.count("//*[@id='\(parts[1])']"), 1, "\(name): \(finding.ruleID) → \(help)")
          }
          checked += 1
        }
      }
    }
    XCTAssertGreaterThan(checked, 100)
  }
}
