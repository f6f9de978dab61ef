import BundleCheck
import Foundation
import ManualContent
import XCTest

@testable import HelpSite

/// The browser pre-check page: its own size budget, the scripts it loads, and the data it
/// reads agreeing with precheck (the browser-side equality is Tests/browser/test_check_page.py).
final class CheckPageTests: XCTestCase {
  static let pages = ["th/check/index.html", "en/check/index.html"]

  func size(_ path: String) throws -> Int {
    try Data(contentsOf: BuiltSite.folder.appendingPathComponent(path)).count
  }

  /// The pre-check carries an engine (YAML, zip, PDF, JPEG, the rules and pako's inflate) that
  /// no other page loads: it has a budget of its own, 152 KB with everything it loads (150 KB
  /// until zip64 zips, arithmetic-coded JPEGs and Thai digits were judged as precheck judges
  /// them: 2.0 KB more; the page was at 149.3 KB).
  func testThePageWithItsScriptsAndStylesIsAtMost152KB() throws {
    for path in Self.pages {
      let page = try BuiltSite.page(path)
      let base = BuiltSite.folder.appendingPathComponent(path).deletingLastPathComponent()
      var total = try size(path)
      for link in page.values("//link[@rel='stylesheet']/@href | //script/@src") {
        total += try Data(contentsOf: URL(fileURLWithPath: link, relativeTo: base)).count
      }
      XCTAssertLessThanOrEqual(total, 152_000, path)
      XCTAssertGreaterThan(total, 50_000, "the engine is missing from \(path)")
    }
  }

  func testThePageLoadsTheDataAndEveryEngineScriptAndNothingElse() throws {
    let expected =
      ["guide.css", "check.css", "guide.js", "check-data.js"] + CheckPage.scripts.map(\.name)
    for path in Self.pages {
      let loaded = try BuiltSite.page(path).values("//link[@rel='stylesheet']/@href | //script/@src").map {
        String($0.split(separator: "/").last!)
      }
      XCTAssertEqual(loaded.sorted(), expected.sorted(), path)
      XCTAssertEqual(loaded.last, "check-page.js", "the page script runs last")
    }
  }

  /// The engine embeds every `.js` file of its folder that the page loads, and no other.
  func testThePageLoadsEveryScriptOfItsFolder() {
    let embedded = CheckPageFiles.files.keys.filter { $0.hasSuffix(".js") }
    XCTAssertEqual(Set(embedded), Set(CheckPage.scripts.map(\.name)))
    XCTAssertNotNil(CheckPageFiles.files["check.css"])
  }

  /// The scripts take every cap from the data (`CHECK_DATA.limits`, whose values are
  /// `BundleLimits`' own): a name they read that the data lacks would be `undefined`, and
  /// every comparison with it false, a cap silently gone. Names in the data that no script
  /// reads are dead weight on a page with a budget.
  func testEveryCapTheScriptsReadIsInTheDataAndEveryOneThereIsRead() throws {
    let pattern = try NSRegularExpression(pattern: #"\b(?:limits(?:\(\))?|caps)\.([A-Za-z]+)"#)
    var read: Set<String> = []
    for script in CheckPage.scripts {
      let text = String(decoding: script.bytes, as: UTF8.self)
      for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        read.insert(String(text[Range(match.range(at: 1), in: text)!]))
      }
    }
    XCTAssertEqual(read, Set(CheckData.limits.keys))
    let text = try String(
      contentsOf: BuiltSite.folder.appendingPathComponent(CheckData.path(.en)), encoding: .utf8)
    let object = try JSONSerialization.jsonObject(with: Data(text.drop { $0 != "{" }.dropLast(2).utf8))
    let limits = (object as! [String: Any])["limits"] as! [String: Int]
    XCTAssertEqual(limits, CheckData.limits)
    XCTAssertEqual(limits["maximumPixels"], BundleLimits.maximumPixels)
    XCTAssertEqual(limits["maximumManifestDepth"], ManifestReader.maximumDepth)
  }

  /// Every rule precheck can report is in the data, with its severity and words.
  func testTheDataHoldsEveryRuleOfPrecheckWithItsSeverity() throws {
    let text = try String(
      contentsOf: BuiltSite.folder.appendingPathComponent(CheckData.path(.th)), encoding: .utf8)
    let json = text.drop { $0 != "{" }.dropLast(2)
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
    let rules = object["rules"] as! [[String: Any]]
    let severities = Dictionary(
      uniqueKeysWithValues: rules.map { ($0["id"] as! String, $0["severity"] as! String) })
    let manual = try Precheck.embeddedManual()
    for id in BundleChecker.ruleIDs {
      XCTAssertEqual(severities[id], manual.rule(id)?.severity.rawValue, id)
    }
    let procedures = (object["procedures"] as! [[String: Any]]).map { $0["id"] as! String }
    XCTAssertEqual(procedures, manual.procedures.map(\.id))
  }
}
