import Foundation
import ManualContent
import XCTest

@testable import HelpSite

/// Builds people can trust: same content, same bytes; a failed build loses nothing; the
/// generator never writes over what is not its own.
final class SiteWriterTests: XCTestCase {
  func testTheSameContentBuildsByteIdenticalSites() throws {
    let first = try SiteFiles.render(BuiltSite.manual, contentDirectory: BuiltSite.content)
    let manual = try ManualLoader.load(from: BuiltSite.content)
    let second = try SiteFiles.render(manual, contentDirectory: BuiltSite.content)
    XCTAssertEqual(first.files, second.files)
  }

  func testTheCommittedSiteIsTheBuildOfTheCommittedContent() throws {
    let committed = BuiltSite.repository.appendingPathComponent("site")
    let built = SiteWriterTestAccess.files(in: BuiltSite.folder)
    XCTAssertEqual(SiteWriterTestAccess.files(in: committed), built, "run `guide build` and commit site/")
    for path in built {
      let a = try Data(contentsOf: committed.appendingPathComponent(path))
      let b = try Data(contentsOf: BuiltSite.folder.appendingPathComponent(path))
      XCTAssertEqual(a, b, "site/\(path) is out of date: run `guide build` and commit site/")
    }
  }

  func testRefusesTheContentFolderTheProjectRootAndFoldersWithOtherFiles() throws {
    let site = try SiteFiles.render(BuiltSite.manual, contentDirectory: BuiltSite.content)
    XCTAssertThrowsError(
      try SiteWriter(output: BuiltSite.content, contentDirectory: BuiltSite.content).write(site))
    XCTAssertThrowsError(
      try SiteWriter(output: BuiltSite.repository, contentDirectory: BuiltSite.content).write(site)
    ) { error in
      XCTAssertTrue(
        "\(error)".contains("project root") || "\(error)".contains("contains the content"), "\(error)")
    }
    let folder = BuiltSite.temporaryFolder()
    let notes = folder.appendingPathComponent("my-notes.txt")
    try Data("keep me".utf8).write(to: notes)
    XCTAssertThrowsError(try SiteWriter(output: folder, contentDirectory: BuiltSite.content).write(site)) {
      error in
      XCTAssertTrue("\(error)".contains("my-notes.txt"), "\(error)")
    }
    XCTAssertEqual(try String(contentsOf: notes, encoding: .utf8), "keep me")
  }

  func testRebuildingReplacesItsOwnSite() throws {
    let output = BuiltSite.temporaryFolder().appendingPathComponent("site")
    let site = try SiteFiles.render(BuiltSite.manual, contentDirectory: BuiltSite.content)
    let writer = SiteWriter(output: output, contentDirectory: BuiltSite.content)
    try writer.write(site)
    try writer.write(site)
    XCTAssertEqual(SiteWriterTestAccess.files(in: output).count, site.files.count + 1)
  }

  func testAFailedWriteLeavesThePreviousSiteUntouched() throws {
    let parent = BuiltSite.temporaryFolder()
    let output = parent.appendingPathComponent("site")
    let good = try SiteFiles.render(BuiltSite.manual, contentDirectory: BuiltSite.content)
    let writer = SiteWriter(output: output, contentDirectory: BuiltSite.content)
    try writer.write(good)
    // A file path that cannot be created (a file where a folder must go) makes the write fail.
    var broken = good
    broken.add("index.html/oops.html", "<p>cannot be written under a file</p>")
    XCTAssertThrowsError(try writer.write(broken))
    XCTAssertEqual(SiteWriterTestAccess.files(in: output).count, good.files.count + 1)
    XCTAssertEqual(
      try Data(contentsOf: output.appendingPathComponent("en/index.html")), good.files["en/index.html"])
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent.path)
    XCTAssertEqual(leftovers, ["site"], "no temporary folder is left behind")
  }
}
