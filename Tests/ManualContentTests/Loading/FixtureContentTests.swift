import Foundation
import ManualContent
import XCTest

/// Content mistakes as the staff who edit the content read them, one small fixture folder
/// per kind of mistake (Fixtures/cases/<name>): the files it replaces in the clean base
/// folder (Fixtures/base), and `expected.txt`, every diagnostic the load must give, word for
/// word. The fixtures are the tests' own, so editing the real manual never breaks them.
/// To write the golden files after a deliberate change of wording: UPDATE_GOLDEN=1 swift test.
final class FixtureContentTests: XCTestCase {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
  static let goldenName = "expected.txt"
  /// A case lists here the base files it removes, one per line.
  static let removedName = "removed.txt"

  func testTheBaseLoadsClean() throws {
    let result = ManualLoader.check(Self.fixtures.appendingPathComponent("base"))
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertNotNil(result.manual)
  }

  func testEachCaseGivesExactlyItsGoldenDiagnostics() throws {
    let cases = try FileManager.default.contentsOfDirectory(
      atPath: Self.fixtures.appendingPathComponent("cases").path
    ).sorted()
    XCTAssertGreaterThanOrEqual(cases.count, 12)
    for name in cases {
      let folder = Self.fixtures.appendingPathComponent("cases/\(name)")
      let result = ManualLoader.check(try Self.content(applying: folder))
      XCTAssertNil(result.manual.map { _ in "a manual" }, "\(name): the content has errors, so no manual")
      let report = result.diagnostics.map(\.description).joined(separator: "\n") + "\n"
      let golden = folder.appendingPathComponent(Self.goldenName)
      if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try report.write(to: golden, atomically: true, encoding: .utf8)
        continue
      }
      XCTAssertEqual(report, try String(contentsOf: golden, encoding: .utf8), "\(name): \(golden.path)")
      for diagnostic in result.diagnostics {
        XCTAssertFalse(diagnostic.fix.en.isEmpty || diagnostic.fix.th.isEmpty, "\(name): \(diagnostic)")
        XCTAssertFalse(diagnostic.message.th.isEmpty, "\(name): \(diagnostic)")
      }
    }
  }

  func testZeroWidthSpacesPastedFromWordAreRemoved() throws {
    let folder = try Self.content(applying: nil)
    let url = folder.appendingPathComponent("manual.yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
    try text.replacingOccurrences(of: "closing: {th: จบ,", with: "closing: {th: จ\u{200B}บ,").write(
      to: url, atomically: true, encoding: .utf8)
    XCTAssertEqual(try ManualLoader.load(from: folder).closing.th, "จบ")
  }

  /// A temporary copy of the base folder with a case's files laid over it.
  static func content(applying overlay: URL?) throws -> URL {
    let manager = FileManager.default
    let folder = manager.temporaryDirectory.appendingPathComponent("content-\(UUID().uuidString)")
    try manager.copyItem(at: fixtures.appendingPathComponent("base"), to: folder)
    guard let overlay else { return folder }
    let walker = manager.enumerator(atPath: overlay.path)!
    while let item = walker.nextObject() as? String {
      let source = overlay.appendingPathComponent(item)
      var isDirectory: ObjCBool = false
      manager.fileExists(atPath: source.path, isDirectory: &isDirectory)
      guard !isDirectory.boolValue, item != goldenName, item != removedName else { continue }
      let target = folder.appendingPathComponent(item)
      try? manager.removeItem(at: target)
      try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try manager.copyItem(at: source, to: target)
    }
    if let removed = try? String(contentsOf: overlay.appendingPathComponent(removedName), encoding: .utf8) {
      for path in removed.split(separator: "\n") {
        try manager.removeItem(at: folder.appendingPathComponent(String(path)))
      }
    }
    return folder
  }
}
