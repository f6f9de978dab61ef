import BundleCheck
import Foundation
import ManualContent
import XCTest

/// Reports as officers read them: golden text in Thai, English and both, the JSON of the
/// spec, and the national ID masked everywhere.
final class ReportTests: XCTestCase {
  static let manual = FixtureBundleTests.manual
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden")

  func report(_ fixture: String) throws -> BundleReport {
    let path = FixtureBundleTests.fixtures.appendingPathComponent(fixture).path
    return BundleChecker(manual: Self.manual).check(try Precheck.open(path))
  }

  /// Compares with a golden file; `RECORD_GOLDEN=1 swift test` rewrites it, and fails so that
  /// a recording run is never mistaken for a passing one.
  func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws
  {
    let url = Self.golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
      try text.write(to: url, atomically: true, encoding: .utf8)
      XCTFail("recorded \(name); run again without RECORD_GOLDEN", file: file, line: line)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    XCTAssertEqual(
      text, expected, "\(name) differs; if on purpose, RECORD_GOLDEN=1 swift test", file: file, line: line)
  }

  func testGoldenTextReports() throws {
    for (fixture, language) in [
      ("memo-not-signed", "both"), ("memo-not-signed", "th"), ("memo-not-signed", "en"),
      ("ready-external-search", "both"), ("national-id-check-digit", "en"), ("no-manifest", "both"),
    ] {
      let languages: [Language] = language == "both" ? [.th, .en] : [Language(rawValue: language)!]
      let text = TextReport(manual: Self.manual, languages: languages).render(
        try report(fixture), bundleName: fixture)
      try assertGolden(text, "\(fixture).\(language).txt")
    }
  }

  func testGoldenJSONReportHasTheSpecsShape() throws {
    let json = JSONReport(manual: Self.manual, helpLanguage: .en).render(try report("pdf-password"))
    try assertGolden(json, "pdf-password.json")
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
    XCTAssertEqual(Set(object.keys), ["bundle", "procedure", "ready", "findings"])
    XCTAssertEqual(object["ready"] as? Bool, false)
    for finding in object["findings"] as! [[String: Any]] {
      XCTAssertTrue(Set(finding.keys).isSubset(of: ["severity", "rule", "path", "file", "message", "help"]))
      XCTAssertTrue(["error", "warning", "info"].contains(finding["severity"] as! String))
      let message = finding["message"] as! [String: String]
      XCTAssertFalse(message["th"]!.isEmpty || message["en"]!.isEmpty)
    }
  }

  func testEveryWordOfTheReportIsInTheContentInBothLanguages() {
    for key in ReportWords.requiredKeys {
      let text = Self.manual.interface[key]
      XCTAssertNotNil(text, "interface.yaml lacks \(key)")
      XCTAssertFalse((text?.th ?? "").isEmpty || (text?.en ?? "").isEmpty, key)
    }
  }

  func testTheNationalIDIsMaskedInEveryOutput() throws {
    let report = try report("national-id-check-digit")
    let outputs = [
      TextReport(manual: Self.manual, languages: [.th, .en]).render(report, bundleName: "b"),
      JSONReport(manual: Self.manual, helpLanguage: .th).render(report),
    ]
    for output in outputs {
      XCTAssertFalse(output.contains("1101700230709"), output)
      XCTAssertFalse(output.contains("110170023"), output)
      XCTAssertTrue(output.contains("•••••••••0709"), output)
    }
  }
}
