import Foundation
import XCTest

@testable import HelpSite

/// `FolderListing` lists what Foundation's enumerator with `fileExists` listed before it
/// (issue 12), links and hidden files included.
final class FolderListingTests: XCTestCase {
  /// The listing as `SiteWriter.listFiles` made it with Foundation.
  func foundationListing(_ base: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
    var files: [String] = []
    while let item = walker.nextObject() as? String {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: base + "/" + item, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        files.append(item)
      }
    }
    return files.sorted()
  }

  func testTheListingIsFoundationsOnFoldersFilesAndLinks() throws {
    let folder = BuiltSite.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fm = FileManager.default
    for path in ["a/b/c", "empty", "ไทย/ชื่อ มีวรรค", ".hidden-folder"] {
      try fm.createDirectory(at: folder.appendingPathComponent(path), withIntermediateDirectories: true)
    }
    for path in [
      "top.html", "a/one.js", "a/b/c/deep.css", "ไทย/ชื่อ มีวรรค/หน้า.html", ".guide-build", ".hidden-folder/x",
    ] {
      try Data("x".utf8).write(to: folder.appendingPathComponent(path))
    }
    try fm.createSymbolicLink(atPath: folder.path + "/link-to-file", withDestinationPath: "top.html")
    try fm.createSymbolicLink(atPath: folder.path + "/link-to-folder", withDestinationPath: "a")
    try fm.createSymbolicLink(atPath: folder.path + "/a/broken", withDestinationPath: "nowhere")
    let listed = SiteWriter.listFiles(in: folder)
    XCTAssertEqual(listed, foundationListing(folder.resolvingSymlinksInPath().path))
    XCTAssertTrue(listed.contains("link-to-file"))
    XCTAssertTrue(listed.contains("ไทย/ชื่อ มีวรรค/หน้า.html"))
    XCTAssertFalse(listed.contains { $0.hasPrefix("link-to-folder") })
  }

  func testTheListingOfTheBuiltSiteIsFoundations() {
    XCTAssertEqual(SiteWriter.listFiles(in: BuiltSite.folder), foundationListing(BuiltSite.folder.path))
  }
}
