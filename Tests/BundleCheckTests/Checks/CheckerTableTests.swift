import BundleCheck
import Foundation
import ManualContent
import XCTest

/// Cases that need a bundle made on the spot: a ready bundle copied and changed.
final class CheckerTableTests: XCTestCase {
  static let manual = FixtureBundleTests.manual

  func copyOfReady(_ name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bundle-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: FixtureBundleTests.fixtures.appendingPathComponent(name), to: folder)
    return folder
  }

  func check(_ folder: URL) throws -> BundleReport {
    BundleChecker(manual: Self.manual).check(try Precheck.open(folder.path))
  }

  func edit(_ folder: URL, _ find: String, _ replace: String) throws {
    let url = folder.appendingPathComponent("request.yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
    XCTAssertTrue(text.contains(find), find)
    try text.replacingOccurrences(of: find, with: replace).write(to: url, atomically: true, encoding: .utf8)
  }

  func testAReturnToTheHomeUnitTakesNoUnit() throws {
    let folder = try copyOfReady("ready-extra-privilege")
    try edit(folder, "kind: secondment", "kind: return")
    let report = try check(folder)
    XCTAssertTrue(report.isReady(in: Self.manual), "a warning only")
    XCTAssertEqual(
      report.findings.filter { $0.ruleID == "assignment.unit-unexpected" }.map(\.path), ["assignment.unit"])
  }

  func testAFileOverTheReadLimitIsReportedNotRead() throws {
    let folder = try copyOfReady("ready-external-search")
    let memo = folder.appendingPathComponent("memo.pdf")
    // A sparse file: 65 MiB on paper, nothing on disk.
    XCTAssertTrue(FileManager.default.createFile(atPath: memo.path, contents: Data("%PDF-1.4\n".utf8)))
    let handle = try FileHandle(forWritingTo: memo)
    try handle.truncate(atOffset: UInt64(BundleLimits.maximumFileBytes + 1024))
    try handle.close()
    let report = try check(folder)
    XCTAssertEqual(report.findings.filter { $0.ruleID == "attachment.unreadable" }.map(\.file), ["memo.pdf"])
  }

  func testTheBundlesFilesTogetherHaveAReadBudget() throws {
    let folder = try copyOfReady("ready-external-search")
    var extra = ""
    for index in 1...5 {
      let name = "part-\(index).pdf"
      let url = folder.appendingPathComponent(name)
      // Sparse: 60 MiB on paper each, five of them over the 256 MiB a check may read.
      XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data("%PDF-1.4\n".utf8)))
      let handle = try FileHandle(forWritingTo: url)
      try handle.truncate(atOffset: 60 << 20)
      try handle.close()
      extra += "  - file: \(name)\n    role: request-memo\n    signed_by_unit_head: true\n"
    }
    try edit(folder, "attachments:\n", "attachments:\n" + extra)
    let report = try check(folder)
    let refused = report.findings.filter { $0.ruleID == "attachment.unreadable" }
    XCTAssertEqual(refused.map(\.file), ["part-5.pdf"])
    let text = TextReport(manual: Self.manual, languages: [.en, .th]).render(report, bundleName: "b")
    XCTAssertTrue(text.contains("over the 256 MiB limit"), text)
    XCTAssertTrue(text.contains("ขีดจำกัด 256 MiB"), text)
  }

  func testAManifestOfGigabytesIsRefusedByItsSize() throws {
    let folder = try copyOfReady("ready-renew-user")
    let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("request.yaml"))
    try handle.truncate(atOffset: 4 << 30)  // sparse: 4 GiB on paper
    try handle.close()
    let report = try check(folder)
    XCTAssertEqual(report.findings.map(\.ruleID), ["manifest.unreadable"])
    let text = TextReport(manual: Self.manual, languages: [.en]).render(report, bundleName: "b")
    XCTAssertTrue(text.contains("it is 4294967296 bytes, over the 262144 a request needs"), text)
  }

  func testTwoStationsAndCivilRegistrationBringTheManualsAdvice() throws {
    let external = try check(FixtureBundleTests.fixtures.appendingPathComponent("ready-external-search"))
    let advice = external.findings.filter { $0.advice != nil }.map(\.ruleID)
    XCTAssertTrue(advice.contains("advice.civil-registration-approval"), "\(advice)")
    XCTAssertTrue(advice.contains("advice.through-system-only"), "\(advice)")
    let extra = try check(FixtureBundleTests.fixtures.appendingPathComponent("ready-extra-privilege"))
    XCTAssertTrue(extra.findings.contains { $0.ruleID == "advice.two-stations" })
    let renewal = try check(FixtureBundleTests.fixtures.appendingPathComponent("ready-renew-user"))
    XCTAssertTrue(renewal.findings.contains { $0.ruleID == "advice.chrome-38" })
    let folder = try copyOfReady("ready-extra-privilege")
    try edit(folder, "second_station: true", "second_station: false")
    XCTAssertFalse(try check(folder).findings.contains { $0.ruleID == "advice.two-stations" })
  }

  func testUnquotedPhoneNumbersStayPhoneNumbers() throws {
    let folder = try copyOfReady("ready-external-search")
    try edit(folder, "phone: 081-234-5678", "phone: 0812345678")
    XCTAssertTrue(try check(folder).isReady(in: Self.manual))
  }

  func testEveryProblemIsReportedInOneRun() throws {
    let folder = try copyOfReady("ready-external-search")
    try edit(folder, "phone: 081-234-5678", "phone: 12")
    try edit(folder, "signed_by_unit_head: true", "signed_by_unit_head: false")
    try FileManager.default.removeItem(at: folder.appendingPathComponent("id-card.jpg"))
    let rules = try check(folder).findings.map(\.ruleID)
    for rule in ["contact.phone", "declaration.missing", "attachment.file-missing"] {
      XCTAssertTrue(rules.contains(rule), "\(rule) in \(rules)")
    }
  }
}
