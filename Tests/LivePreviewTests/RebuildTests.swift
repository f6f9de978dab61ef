import Foundation
import HelpSite
import ManualContent
import XCTest

@testable import LivePreview

/// The preview's pages are byte for byte what `guide build` writes, after a full read and
/// after the narrow rebuild of an edit; content errors keep the last clean pages.
final class RebuildTests: XCTestCase {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A copy of the real content in a temporary folder, to edit freely.
  func copyOfContent() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let content = folder.appendingPathComponent("content")
    try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("content"), to: content)
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    return content
  }

  /// What `guide build` would write for this content, in memory.
  func fullBuild(_ content: URL) throws -> [String: Data] {
    let manual = try ManualLoader.load(from: content)
    return try SiteFiles.render(manual, contentDirectory: content).files
  }

  func servedFiles(_ site: PreviewSite) -> [String: Data] {
    Dictionary(uniqueKeysWithValues: site.paths.map { ($0, site.file($0)!) })
  }

  func edit(_ file: URL, replacing old: String, with new: String) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    XCTAssertTrue(text.contains(old), "the test's edit no longer applies to \(file.lastPathComponent)")
    try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: false, encoding: .utf8)
  }

  func testEveryPageRenderedAloneIsWhatTheFullRenderWrites() throws {
    let content = Self.repository.appendingPathComponent("content")
    let manual = try ManualLoader.load(from: content)
    var alone = try SiteFiles.images(manual, contentDirectory: content)
    for page in SiteFiles.pages(manual) { alone[page.path] = page.render() }
    let full = try fullBuild(content)
    XCTAssertEqual(Set(alone.keys), Set(full.keys))
    for (path, data) in full { XCTAssertEqual(alone[path], data, path) }
  }

  func testAnEditedProcedureIsRebuiltNarrowlyAndEqualsAFullBuild() throws {
    let content = try copyOfContent()
    let site = PreviewSite()
    let builder = PreviewBuilder(contentDirectory: content, site: site)
    XCTAssertTrue(builder.rebuildAll().clean)
    let watcher = ContentWatcher(directory: content)
    let procedure = content.appendingPathComponent("procedures/external-search.yaml")
    try edit(procedure, replacing: "ส่งแบบฟอร์มผ่านระบบฯ เท่านั้น\n", with: "ส่งแบบฟอร์มผ่านระบบฯ เท่านั้น (แก้ไข)\n")
    try edit(procedure, replacing: "**through the system only**", with: "**through the system only, edited**")
    let changes = watcher.poll()
    XCTAssertEqual(changes.modified, ["procedures/external-search.yaml"])
    let summary = builder.rebuild(after: changes)
    XCTAssertTrue(summary.clean)
    XCTAssertTrue(summary.narrow, "an edit to one procedure should not render every page again")
    // Its own page and deck in both languages and the pages over every procedure; not the
    // other procedures' pages, nor the stylesheets and scripts.
    // The search index of each language counts as one: its files are made when first asked for.
    let (pages, searchIndexes) = SiteFiles.pagesAndSearchIndexes(try ManualLoader.load(from: content))
    let expected = pages.filter {
      switch $0.source {
      case .procedure(let id): return id == "external-search"
      case .everyProcedure, .everyProcedureInFull: return true
      case .fixed: return false
      }
    }
    XCTAssertEqual(summary.pages, expected.count + searchIndexes.count)
    let served = servedFiles(site)
    let built = try fullBuild(content)
    XCTAssertEqual(Set(served.keys), Set(built.keys))
    for (path, data) in built { XCTAssertEqual(served[path], data, path) }
    let page = String(decoding: served["en/external-search/index.html"]!, as: UTF8.self)
    XCTAssertTrue(page.contains("through the system only, edited"))
  }

  func testAChangeToASharedFileRebuildsEverything() throws {
    let content = try copyOfContent()
    let site = PreviewSite()
    let builder = PreviewBuilder(contentDirectory: content, site: site)
    builder.rebuildAll()
    let watcher = ContentWatcher(directory: content)
    let manualFile = content.appendingPathComponent("manual.yaml")
    let text = try String(contentsOf: manualFile, encoding: .utf8)
    try (text + "\n# an editor's note\n").write(to: manualFile, atomically: true, encoding: .utf8)
    let summary = builder.rebuild(after: watcher.poll())
    XCTAssertTrue(summary.clean)
    XCTAssertFalse(summary.narrow)
    XCTAssertEqual(servedFiles(site), try fullBuild(content))
  }

  func testBrokenContentKeepsTheLastCleanPagesAndListsEveryProblem() throws {
    let content = try copyOfContent()
    let site = PreviewSite()
    let builder = PreviewBuilder(contentDirectory: content, site: site)
    builder.rebuildAll()
    let before = servedFiles(site)
    let versionBefore = site.version
    let watcher = ContentWatcher(directory: content)
    let procedure = content.appendingPathComponent("procedures/renew-user.yaml")
    let good = try String(contentsOf: procedure, encoding: .utf8)
    try good.replacingOccurrences(
      of: "summary:", with: "summary: [unclosed\nsumary:", options: [], range: nil
    )
    .write(to: procedure, atomically: false, encoding: .utf8)
    let summary = builder.rebuild(after: watcher.poll())
    XCTAssertFalse(summary.clean)
    XCTAssertEqual(site.phase, .broken)
    XCTAssertGreaterThan(site.version, versionBefore)
    let errors = site.problems.filter { $0.severity == .error }
    XCTAssertFalse(errors.isEmpty)
    XCTAssertTrue(errors.allSatisfy { $0.location?.file == "procedures/renew-user.yaml" }, "\(errors)")
    XCTAssertEqual(servedFiles(site), before, "the last clean pages must stay served")

    try good.write(to: procedure, atomically: false, encoding: .utf8)
    let fixed = builder.rebuild(after: watcher.poll())
    XCTAssertTrue(fixed.clean)
    XCTAssertEqual(site.phase, .ready)
    XCTAssertEqual(servedFiles(site), try fullBuild(content))
  }

  func testAddingAndRemovingAFileIsSeen() throws {
    let content = try copyOfContent()
    let watcher = ContentWatcher(directory: content)
    let extra = content.appendingPathComponent("figures/new.svg")
    try Data("<svg/>".utf8).write(to: extra)
    try Data().write(to: content.appendingPathComponent("procedures/.renew-user.yaml.swp"))
    XCTAssertEqual(watcher.poll(), ContentChanges(added: ["figures/new.svg"]))
    try FileManager.default.removeItem(at: extra)
    let removed = watcher.poll()
    XCTAssertEqual(removed.removed, ["figures/new.svg"])
    XCTAssertFalse(removed.onlyEditedProcedures)
    XCTAssertTrue(watcher.poll().isEmpty)
  }
}
