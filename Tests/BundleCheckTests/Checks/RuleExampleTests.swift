import BundleCheck
import Foundation
import ManualContent
import XCTest
import Yams

/// The examples of rules.yaml and the checker agree: every manifest example, merged over a
/// ready request of its procedure, makes precheck report the rule it illustrates.
final class RuleExampleTests: XCTestCase {
  static let manual = try! Precheck.embeddedManual()
  static let readyBundles = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Bundles")

  func testEveryRuleHasAnExample() {
    for id in RuleID.allCases {
      XCTAssertFalse(Self.manual.rule(id.rawValue)?.examples.isEmpty ?? true, "\(id.rawValue) has no example")
    }
  }

  func testEveryManifestExampleMakesPrecheckReportItsRule() throws {
    var checked = 0
    for rule in Self.manual.rules {
      for fragment in rule.examples.compactMap(\.manifest) {
        let (base, bundle) = try Self.bundle(merging: fragment)
        let before = BundleChecker(manual: Self.manual).check(try Precheck.open(base.path))
        XCTAssertFalse(
          before.findings.contains { $0.ruleID == rule.id }, "\(rule.id): the base already breaks it")
        let report = BundleChecker(manual: Self.manual).check(try Precheck.open(bundle.path))
        XCTAssertTrue(
          report.findings.contains { $0.ruleID == rule.id },
          "\(rule.id): the example gave \(report.findings.map(\.ruleID)) for\n\(fragment)")
        checked += 1
      }
    }
    XCTAssertGreaterThanOrEqual(checked, 20)
  }

  func testMergingFollowsTheDocumentedRules() throws {
    let (_, bundle) = try Self.bundle(merging: "officer:\n  rank: ร.ต.ท.\nduties: null\nnew_key: [a]\n")
    let text = try String(contentsOf: bundle.appendingPathComponent("request.yaml"), encoding: .utf8)
    XCTAssertTrue(text.contains("rank: ร.ต.ท."), text)
    XCTAssertTrue(text.contains("first_name: สมชาย"), text)
    XCTAssertFalse(text.contains("duties"), text)
    XCTAssertTrue(text.contains("new_key"), text)
    XCTAssertTrue(text.contains("\"1101700230708\""), text)
  }

  /// A copy of the ready bundle of the fragment's procedure, with the fragment merged into
  /// its request.yaml; and the ready bundle itself.
  static func bundle(merging fragment: String) throws -> (base: URL, bundle: URL) {
    let patch = try XCTUnwrap(try Yams.compose(yaml: fragment))
    let procedure = patch.mapping?["procedure"]?.string ?? "external-search"
    var base = readyBundles.appendingPathComponent("ready-\(procedure)")
    if !FileManager.default.fileExists(atPath: base.path) {
      base = readyBundles.appendingPathComponent("ready-external-search")
    }
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rule-example-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: base, to: copy)
    let manifest = copy.appendingPathComponent("request.yaml")
    let ready = try XCTUnwrap(try Yams.compose(yaml: String(contentsOf: manifest, encoding: .utf8)))
    try Yams.serialize(node: merge(patch, over: ready), allowUnicode: true).write(
      to: manifest, atomically: true, encoding: .utf8)
    return (base, copy)
  }

  /// Mappings merge key by key; `null` removes a key; anything else replaces.
  static func merge(_ patch: Node, over base: Node) -> Node {
    guard case .mapping(let patchPairs) = patch, case .mapping(let basePairs) = base else { return patch }
    var pairs = basePairs.map { ($0.key, $0.value) }
    for (key, value) in patchPairs {
      let index = pairs.firstIndex { $0.0.string == key.string }
      if isNull(value) {
        if let index { pairs.remove(at: index) }
      } else if let index {
        pairs[index].1 = merge(value, over: pairs[index].1)
      } else {
        pairs.append((key, value))
      }
    }
    return .mapping(Node.Mapping(pairs))
  }

  static func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    return ["null", "Null", "NULL", "~"].contains(scalar.string)
  }
}
