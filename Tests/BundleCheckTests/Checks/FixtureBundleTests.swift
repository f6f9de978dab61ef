import BundleCheck
import Foundation
import ManualContent
import XCTest

/// One fixture bundle per rule (Tests/Fixtures/Bundles, made by its make-bundles script):
/// each ready bundle is ready, and each other bundle gives exactly the one error it was made
/// with, at the field path expected. Checking never changes a byte of the bundle.
final class FixtureBundleTests: XCTestCase {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Bundles")
  static let manual = try! Precheck.embeddedManual()

  struct Case {
    var name: String
    var rule: String
    var path: String?
  }

  static var cases: [Case] {
    let text = try! String(contentsOf: fixtures.appendingPathComponent("expected.tsv"), encoding: .utf8)
    return text.split(separator: "\n").map { line in
      let parts = line.split(separator: "\t").map(String.init)
      return Case(name: parts[0], rule: parts[1], path: parts[2] == "-" ? nil : parts[2])
    }
  }

  func testEveryFixtureGivesItsOneExpectedError() throws {
    XCTAssertGreaterThan(Self.cases.count, 40)
    for fixture in Self.cases {
      let path = Self.fixtures.appendingPathComponent(fixture.name).path
      let report = BundleChecker(manual: Self.manual).check(try Precheck.open(path))
      let errors = report.findings.filter { report.severity(of: $0, in: Self.manual) == .error }
      if fixture.rule == "ready" {
        XCTAssertEqual(errors.map(\.ruleID), [], fixture.name)
        XCTAssertTrue(report.isReady(in: Self.manual), fixture.name)
        continue
      }
      let found = report.findings.filter { $0.ruleID == fixture.rule && $0.path == fixture.path }
      XCTAssertEqual(
        found.count, 1,
        "\(fixture.name): expected \(fixture.rule) at \(fixture.path ?? "-"), got \(report.findings.map { "\($0.ruleID) \($0.path ?? "-")" })"
      )
      if Self.manual.rule(fixture.rule)?.severity == .error {
        XCTAssertEqual(errors.count, 1, "\(fixture.name): \(errors.map(\.ruleID))")
        XCTAssertFalse(report.isReady(in: Self.manual), fixture.name)
      }
    }
  }

  func testCheckingChangesNoByteOfTheBundle() throws {
    for fixture in Self.cases {
      let url = Self.fixtures.appendingPathComponent(fixture.name)
      let before = Self.snapshot(url)
      _ = BundleChecker(manual: Self.manual).check(try Precheck.open(url.path))
      XCTAssertEqual(Self.snapshot(url), before, fixture.name)
    }
  }

  func testEveryRuleTheCheckerUsesIsDefinedInTheContent() {
    for id in RuleID.allCases {
      XCTAssertNotNil(Self.manual.rule(id.rawValue), "rules.yaml lacks \(id.rawValue)")
    }
    let covered = Set(Self.cases.map(\.rule))
    // Rules without a fixture bundle of their own; each is tested elsewhere, as noted.
    let testedElsewhere = [
      "assignment.unit-unexpected",  // a warning: CheckerTableTests
      "attachment.pdf-warning",  // needs a PDF qpdf opens with warnings: InspectorTests
    ]
    XCTAssertEqual(RuleID.allCases.map(\.rawValue).filter { !covered.contains($0) }.sorted(), testedElsewhere)
  }

  static func snapshot(_ url: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    var isDirectory: ObjCBool = false
    FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
    guard isDirectory.boolValue else {
      return [url.lastPathComponent: (try? Data(contentsOf: url)) ?? Data()]
    }
    let walker = FileManager.default.enumerator(atPath: url.path)!
    while let item = walker.nextObject() as? String {
      let full = url.appendingPathComponent(item)
      if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: full.path) {
        result[item] = Data(("link:" + link).utf8)
      } else {
        result[item] = try? Data(contentsOf: full)
      }
    }
    return result
  }
}

enum SiteFolder {
  static func yamlFiles(in folder: URL) -> [String] {
    let walker = FileManager.default.enumerator(atPath: folder.path)!
    var files: [String] = []
    while let item = walker.nextObject() as? String {
      if item.hasSuffix(".yaml") { files.append(item) }
    }
    return files
  }
}
