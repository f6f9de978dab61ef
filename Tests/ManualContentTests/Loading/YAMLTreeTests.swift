import Foundation
import XCTest
import Yams

@testable import ManualContent

/// The content files' trees read from libyaml's events (`YAMLTree`) are Yams' trees, node for
/// node and place for place; what the fast reader does not take (anchors, aliases, tags,
/// repeated keys, errors, several documents, an empty file) it leaves to Yams, so that those
/// are reported exactly as before (the golden fixtures of FixtureContentTests).
final class YAMLTreeTests: XCTestCase {
  static let content = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("content")

  /// A tree as text: each node's kind, place and text, so two trees compare as strings.
  func describe(_ node: YAMLNode?) -> String {
    guard let node else { return "nil" }
    let at = node.mark.map { "@\($0.line):\($0.column)" } ?? "@?"
    switch node {
    case .scalar(let scalar): return "\(at)\(scalar.style)\(String(reflecting: scalar.string))"
    case .sequence(let items, _): return "\(at)[" + items.map(describe).joined(separator: ", ") + "]"
    case .mapping(let pairs, _):
      return "\(at){" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ")
        + "}"
    case .other: return "\(at)other"
    }
  }

  func testEveryRealContentFileReadsAsYamsComposesIt() throws {
    let files = FileManager.default.enumerator(atPath: Self.content.path)!.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".yaml") }
    XCTAssertGreaterThan(files.count, 8)
    for file in files {
      let text = try String(contentsOf: Self.content.appendingPathComponent(file), encoding: .utf8)
      let fast = try XCTUnwrap(YAMLTree.build(text), "\(file) should not need Yams")
      XCTAssertEqual(describe(fast), describe(try ContentFile.composedByYams(text)), file)
    }
  }

  func testQuotedFlowBlockAndThaiTextsKeepTheirPlaces() throws {
    let text = """
      id: "x-1"
      title: {th: "ชื่อ ‘ปุ่ม’", en: 'It''s'}
      steps:
        - text: |
            line one
            ไทย
          n: 3
        - []
      empty:
      """
    let fast = try XCTUnwrap(YAMLTree.build(text))
    XCTAssertEqual(describe(fast), describe(try ContentFile.composedByYams(text)))
    XCTAssertTrue(describe(fast).contains("@2:13doubleQuoted\"ชื่อ ‘ปุ่ม’\""), describe(fast))
  }

  func testWhatOnlyYamsMayJudgeIsLeftToIt() {
    let leftToYams = [
      "a: &x 1\nb: *x\n",  // anchor and alias
      "a: !!str 1\n",  // explicit tag
      "a: 1\na: 2\n",  // repeated key
      "a: 1\n'a': 2\n",  // the same text, typed differently: Yams decides
      "{a: 1}: 2\n",  // a key that is not a text
      "a: 1\n---\nb: 2\n",  // two documents
      "",  // empty
      "# only a comment\n",  // no document
      "a: [1\n",  // a syntax error
      "a: b: c\n",  // a syntax error
    ]
    for text in leftToYams { XCTAssertNil(YAMLTree.build(text), text) }
  }

  /// Numbers read without Yams' rules (plain decimals) read as Yams reads them, and everything
  /// else is still Yams' to read: octal, hexadecimal, signs, underscores, sexagesimal, exponents.
  func testNumbersReadAsYamsReadsThem() {
    let texts = [
      "0", "7", "42", "-3", "100", "12.5", "-0.25", "0.5", "3.", ".5", "1.2.3", "00", "010", "-0", "-0.5",
      "+4", "0x1F", "0o17", "0b101", "1_000", "1:30", "1e3", "2.5E-2", ".inf", "-.inf", ".nan", "", "-",
      "12a", "١٢", "๑๒", "999999999999999999", "9999999999999999999", "1.0000000000000002",
    ]
    for text in texts {
      for style in [Node.Scalar.Style.plain, .any, .singleQuoted, .doubleQuoted] {
        let node = YAMLNode.scalar(YAMLNode.Scalar(string: text, style: style, mark: nil))
        let yamsInt = Int.construct(from: Node.Scalar(text, .implicit, style))
        let yamsDouble = Double.construct(from: Node.Scalar(text, .implicit, style))
        XCTAssertEqual(node.int, yamsInt, "\(text) (\(style)) as a whole number")
        if let yamsDouble, yamsDouble.isNaN {
          XCTAssertTrue(node.float?.isNaN ?? false, text)
        } else {
          XCTAssertEqual(node.float, yamsDouble, "\(text) (\(style)) as a number")
        }
      }
    }
  }
}
