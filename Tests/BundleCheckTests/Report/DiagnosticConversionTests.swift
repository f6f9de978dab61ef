import BundleCheck
import Foundation
import ManualContent
import XCTest

/// precheck's findings convert to the package's one diagnostic type and print through the
/// same formatter as content problems.
final class DiagnosticConversionTests: XCTestCase {
  func testAFindingBecomesADiagnosticWithItsRuleHelpAndPlace() throws {
    let manual = try Precheck.embeddedManual()
    let bundle = FixtureBundleTests.fixtures.appendingPathComponent("wrong-version")
    let report = BundleChecker(manual: manual).check(try Precheck.open(bundle.path))
    let diagnostics = report.diagnostics(in: manual)
    XCTAssertEqual(diagnostics.count, report.findings.count)
    let version = try XCTUnwrap(diagnostics.first { $0.ruleID == "manifest.version" })
    XCTAssertEqual(version.severity, .error)
    let text = DiagnosticFormatter.format(version)
    XCTAssertTrue(
      text.hasPrefix("request.yaml:1: error: `bundle` must be 1\n    fix: Write `bundle: 1`"), text)
    XCTAssertTrue(text.contains("ไทย: `bundle` ต้องเป็น 1"), text)
    XCTAssertTrue(text.contains("    rule: manifest.version"), text)
    let thaiOnly = DiagnosticFormatter.format(version, languages: [.th])
    XCTAssertTrue(thaiOnly.hasPrefix("request.yaml:1: error: `bundle` ต้องเป็น 1\n    วิธีแก้: "), thaiOnly)
  }

  func testADiagnosticWithoutAPlaceNamesItsTool() {
    let refusal = Diagnostic(
      .error, at: nil, LocalizedText(th: "ไม่พบ x", en: "x does not exist"),
      fix: LocalizedText(th: "ระบุโฟลเดอร์", en: "name a folder"))
    XCTAssertEqual(
      DiagnosticFormatter.format(refusal, tool: "precheck"),
      "precheck: error: x does not exist\n    fix: name a folder\n    ไทย: ไม่พบ x — วิธีแก้: ระบุโฟลเดอร์")
  }
}
