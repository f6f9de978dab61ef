import BundleCheck
import Foundation
import XCTest

/// Manifests as Windows, macOS and everyday editors save them, and the YAML constructs a
/// manifest never needs, refused from libyaml's own events (not by scanning the text).
final class EverydayManifestTests: XCTestCase {
  func read(_ bytes: [UInt8]) -> Result<ManifestValue, ManifestReadProblem> { ManifestReader.read(bytes) }
  func read(_ text: String) -> Result<ManifestValue, ManifestReadProblem> { read(Array(text.utf8)) }

  func testNotepadsByteOrderMarkAndLineEndsKeepTheirLineNumbers() throws {
    let text = "bundle: 1\nduties: งาน\nunit: [a, b]\n"
    for variant in [
      [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8),
      Array(text.replacingOccurrences(of: "\n", with: "\r").utf8),
    ] {
      let manifest = try read(variant).get()
      XCTAssertEqual(manifest["bundle"]?.text, "1")
      XCTAssertEqual(manifest["duties"], .text("งาน", line: 2, column: 9))
      XCTAssertEqual(manifest["unit"]?.line, 3)
    }
  }

  func testOtherEncodingsAreNamed() {
    XCTAssertEqual(
      read([0xFF, 0xFE] + Array("b: 1\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
      .failure(.otherEncoding("UTF-16")))
    // "งาน" in TIS-620 (Windows-874): one byte a letter.
    XCTAssertEqual(
      read([0x64, 0x3A, 0x20, 0xA7, 0xD2, 0xB9, 0x0A]), .failure(.otherEncoding("TIS-620 / Windows-874")))
  }

  func testYAML12CoreBooleansAndNulls() throws {
    let manifest = try read(
      "a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\ng: yes\nh: on\ni: \"True\"\nj: null\nk: ~\n"
    ).get()
    XCTAssertEqual(["a", "b", "c"].map { manifest[$0]?.text }, ["true", "true", "true"])
    XCTAssertEqual(["d", "e", "f"].map { manifest[$0]?.text }, ["false", "false", "false"])
    // YAML 1.1's yes/no/on/off are text in YAML 1.2, and a quoted value is always as written.
    XCTAssertEqual(["g", "h", "i"].map { manifest[$0]?.text }, ["yes", "on", "True"])
    XCTAssertEqual(["j", "k"].map { manifest[$0]?.text }, ["", ""])
  }

  func testStarsAmpersandsAndBangsInsideValuesAreText() throws {
    let manifest = try read(
      "duties: |\n  * สอบสวน & สืบสวน\n  * งาน!\nunit: สภ. *1 &2 !3\nlist: [a*b, c&d, e!f]\n"
    ).get()
    XCTAssertEqual(manifest["duties"]?.text, "* สอบสวน & สืบสวน\n* งาน!\n")
    XCTAssertEqual(manifest["unit"]?.text, "สภ. *1 &2 !3")
    guard case .list(let items, _, _)? = manifest["list"] else { return XCTFail("a list") }
    XCTAssertEqual(items.map(\.text), ["a*b", "c&d", "e!f"])
  }

  func testAnchorsAliasesAndTagsAreRefusedWhereverTheyAre() {
    XCTAssertEqual(read("a: [x, &n y]\n"), .failure(.aliasOrAnchor(line: 1, column: 8)))
    XCTAssertEqual(read("? &k a\n: b\n"), .failure(.aliasOrAnchor(line: 1, column: 3)))
    XCTAssertEqual(read("a: {b: *x}\n"), .failure(.aliasOrAnchor(line: 1, column: 8)))
    XCTAssertEqual(read("a: !!str 1\n"), .failure(.tag(line: 1, column: 4)))
    XCTAssertEqual(read("a:\n  - !x [1]\n"), .failure(.tag(line: 2, column: 5)))
    // A value that starts with * (a Markdown bullet) gets advice, not "alias".
    guard case .failure(.syntax(.startsWithMark, 2, _)) = read("a: 1\nduties: * สอบสวน\n") else {
      return XCTFail("a value starting with * must be quoted")
    }
  }

  func testJSONSurrogatePairsAndEscapedBackslashes() throws {
    let manifest = try read(#"{"name": "สมชาย \ud83d\ude00", "path": "a\\ud83d", "plain": "\u0e01"}"#).get()
    XCTAssertEqual(manifest["name"]?.text, "สมชาย 😀")
    XCTAssertEqual(manifest["path"]?.text, #"a\ud83d"#)
    XCTAssertEqual(manifest["plain"]?.text, "ก")
  }

  func testDuplicateKeysNameBothLinesButNeverAValue() {
    XCTAssertEqual(
      read("duties: a\nunit: b\nduties: c\n"),
      .failure(.duplicateKey(name: "duties", line: 3, column: 1, firstLine: 1)))
    XCTAssertEqual(
      read("1101700230708: a\n1101700230708: b\n"),
      .failure(.duplicateKey(name: nil, line: 2, column: 1, firstLine: 1)))
  }

  func testBudgetsOnValuesDepthAndDocuments() {
    let many =
      "a: [" + Array(repeating: "x", count: BundleLimits.maximumManifestValues + 5).joined(separator: ", ")
      + "]"
    XCTAssertEqual(read(many), .failure(.tooManyValues(line: 1, limit: BundleLimits.maximumManifestValues)))
    let emptyItems = "a:\n" + String(repeating: "  -\n", count: BundleLimits.maximumManifestValues + 5)
    guard case .failure(.tooManyValues) = read(emptyItems) else { return XCTFail("empty items count too") }
    XCTAssertEqual(read("a: 1\n---\nb: 2\n"), .failure(.multipleDocuments(line: 2)))
    XCTAssertEqual(read("? [a]\n: b\n"), .failure(.complexKey(line: 1, column: 3)))
  }
}
