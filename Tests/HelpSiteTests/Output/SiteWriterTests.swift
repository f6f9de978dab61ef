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

  // The writes below take the path `guide build` takes: `write(rendering:)`.

  func testRefusesTheContentFolderTheProjectRootAndFoldersWithOtherFiles() throws {
    let manual = BuiltSite.manual
    XCTAssertThrowsError(
      try SiteWriter(output: BuiltSite.content, contentDirectory: BuiltSite.content).write(rendering: manual))
    XCTAssertThrowsError(
      try SiteWriter(output: BuiltSite.repository, contentDirectory: BuiltSite.content).write(
        rendering: manual)
    ) { error in
      XCTAssertTrue(
        "\(error)".contains("project root") || "\(error)".contains("contains the content"), "\(error)")
    }
    let folder = BuiltSite.temporaryFolder()
    let notes = folder.appendingPathComponent("my-notes.txt")
    try Data("keep me".utf8).write(to: notes)
    XCTAssertThrowsError(
      try SiteWriter(output: folder, contentDirectory: BuiltSite.content).write(rendering: manual)
    ) { error in
      XCTAssertTrue("\(error)".contains("my-notes.txt"), "\(error)")
    }
    XCTAssertEqual(try String(contentsOf: notes, encoding: .utf8), "keep me")
  }

  func testRebuildingReplacesItsOwnSite() throws {
    let output = BuiltSite.temporaryFolder().appendingPathComponent("site")
    let writer = SiteWriter(output: output, contentDirectory: BuiltSite.content)
    let count = try writer.write(rendering: BuiltSite.manual)
    XCTAssertEqual(try writer.write(rendering: BuiltSite.manual), count)
    XCTAssertEqual(SiteWriterTestAccess.files(in: output).count, count + 1, "the files and the manifest")
  }

  func testAFailedBuildLeavesThePreviousSiteUntouched() throws {
    let parent = BuiltSite.temporaryFolder()
    let output = parent.appendingPathComponent("site")
    let count = try SiteWriter(output: output, contentDirectory: BuiltSite.content).write(
      rendering: BuiltSite.manual)
    let before = try Data(contentsOf: output.appendingPathComponent("en/index.html"))
    // The same manual with its pictures gone (an empty content folder): the build fails.
    let noPictures = BuiltSite.temporaryFolder()
    XCTAssertThrowsError(
      try SiteWriter(output: output, contentDirectory: noPictures).write(rendering: BuiltSite.manual))
    XCTAssertEqual(SiteWriterTestAccess.files(in: output).count, count + 1)
    XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("en/index.html")), before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent.path)
    XCTAssertEqual(leftovers, ["site"], "no temporary folder is left behind")
  }

  func testAFailedSwapRemovesTheWrittenFilesAndKeepsThePreviousSite() throws {
    let parent = BuiltSite.temporaryFolder()
    let output = parent.appendingPathComponent("site")
    let writer = SiteWriter(output: output, contentDirectory: BuiltSite.content)
    let count = try writer.write(rendering: BuiltSite.manual)
    // Every file is written before the swap; a folder where the old site is to be moved
    // aside (the writer's own name for it) makes the swap, the last step, fail.
    let blocker = parent.appendingPathComponent(".site.old-\(getpid())")
    try FileManager.default.createDirectory(
      at: blocker.appendingPathComponent("in-the-way"), withIntermediateDirectories: true)
    XCTAssertThrowsError(try writer.write(rendering: BuiltSite.manual))
    XCTAssertEqual(SiteWriterTestAccess.files(in: output).count, count + 1)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted()
    XCTAssertEqual(leftovers, [".site.old-\(getpid())", "site"], "the written files are removed")
  }
}
