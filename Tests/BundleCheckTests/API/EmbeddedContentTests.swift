import BundleCheck
import Foundation
import ManualContent
import XCTest

/// precheck carries content/ in its binary, embedded at build time by the EmbedContent
/// plugin (there is no copy to refresh by hand). These tests prove the embedding is exact:
/// every YAML file byte for byte (Thai text, quotes, backslashes), every picture by name.
final class EmbeddedContentTests: XCTestCase {
  static let content = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("content")

  func testEveryContentFileIsEmbeddedUnderItsPath() throws {
    let walker = try XCTUnwrap(FileManager.default.enumerator(atPath: Self.content.path))
    var onDisk: Set<String> = []
    for case let path as String in walker
    where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
      var isDirectory: ObjCBool = false
      FileManager.default.fileExists(
        atPath: Self.content.appendingPathComponent(path).path, isDirectory: &isDirectory)
      if !isDirectory.boolValue { onDisk.insert(path) }
    }
    XCTAssertTrue(onDisk.contains("rules.yaml") && onDisk.contains { $0.hasPrefix("procedures/") })
    XCTAssertEqual(Set(Precheck.embeddedFiles.keys), onDisk)
  }

  func testYAMLFilesAreEmbeddedByteForByteAndPicturesByNameOnly() throws {
    for (path, text) in Precheck.embeddedFiles {
      if path.hasSuffix(".yaml") {
        let bytes = try Data(contentsOf: Self.content.appendingPathComponent(path))
        // Compared as bytes: String equality would accept a differently composed Thai text.
        XCTAssertEqual(Data(text.utf8), bytes, path)
      } else {
        XCTAssertEqual(text, "", "\(path): pictures are embedded by name only")
      }
    }
  }

  func testTheEmbeddedContentLoadsAsTheContentFolderDoes() throws {
    let embedded = try Precheck.embeddedManual()
    let onDisk = try ManualLoader.load(from: Self.content)
    XCTAssertFalse(embedded.procedures.isEmpty)
    XCTAssertEqual(embedded.procedures.map(\.id), onDisk.procedures.map(\.id))
  }
}
