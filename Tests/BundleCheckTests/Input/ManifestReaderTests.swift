import BundleCheck
import Foundation
import XCTest

/// The manifest as the validator reads it: text stays text, hostile YAML is refused quickly.
final class ManifestReaderTests: XCTestCase {
  func read(_ text: String) -> Result<ManifestValue, ManifestReadProblem> {
    ManifestReader.read(Array(text.utf8))
  }

  func testStringsStayStringsWithTheirPlace() throws {
    let manifest = try read(
      """
      bundle: 1
      contact:
        phone: 0812345678
        email: somchai@example.go.th
      national_id: 0012345678901
      flag: yes
      """
    ).get()
    XCTAssertEqual(manifest["contact"]?["phone"], .text("0812345678", line: 3, column: 10))
    XCTAssertEqual(manifest["national_id"]?.text, "0012345678901")
    XCTAssertEqual(manifest["flag"]?.text, "yes")
    XCTAssertEqual(manifest["bundle"]?.text, "1")
  }

  func testJSONManifestsReadTheSameWay() throws {
    let manifest = try read(
      #"{"bundle": 1, "procedure": "renew-user", "data_sources": ["civil-registration"]}"#
    ).get()
    XCTAssertEqual(manifest["procedure"]?.text, "renew-user")
    guard case .list(let items, _, _)? = manifest["data_sources"] else { return XCTFail("not a list") }
    XCTAssertEqual(items.map(\.text), ["civil-registration"])
  }

  func testAnchorsAndAliasesAreRefused() {
    XCTAssertEqual(read("a: &x hello\nb: *x\n"), .failure(.aliasOrAnchor(line: 1, column: 4)))
  }

  func testStarsAndAmpersandsInsideTextAreText() throws {
    let manifest = try read("duties: งาน * พิเศษ & สืบสวน\nunit: \"*quoted\"\n").get()
    XCTAssertEqual(manifest["duties"]?.text, "งาน * พิเศษ & สืบสวน")
    XCTAssertEqual(manifest["unit"]?.text, "*quoted")
  }

  func testAnAliasBombIsRefusedAtOnce() {
    var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1...9 {
      let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(refs)]")
    }
    let started = Date()
    XCTAssertEqual(read(lines.joined(separator: "\n")), .failure(.aliasOrAnchor(line: 1, column: 5)))
    // Not a timing assertion on speed, only a guard that it did not expand 9^10 nodes.
    XCTAssertLessThan(Date().timeIntervalSince(started), 10)
  }

  func testBadInputGetsAPlaceNotACrash() {
    XCTAssertEqual(read(""), .failure(.empty))
    XCTAssertEqual(ManifestReader.read([0x62, 0x3A, 0x20, 0xFF, 0xFE]), .failure(.notUTF8))
    guard case .failure(.syntax(.unclosedBracket, let line, _)) = read("bundle: 1\nofficer: [unclosed\n")
    else {
      return XCTFail("a syntax error is expected")
    }
    XCTAssertEqual(line, 3)
    let huge = [UInt8](repeating: 0x61, count: ManifestReader.maximumBytes + 1)
    XCTAssertEqual(
      ManifestReader.read(huge),
      .failure(.tooLarge(bytes: ManifestReader.maximumBytes + 1, limit: ManifestReader.maximumBytes)))
    let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
    guard case .failure(.tooDeep) = read(deep) else { return XCTFail("deep nesting is refused") }
  }
}
