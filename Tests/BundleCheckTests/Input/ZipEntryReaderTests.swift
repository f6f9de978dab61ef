import BundleCheck
import Foundation
import XCTest

/// ZipBundle inflates entries itself (ZipEntryReader): a deflate stream that never ends inside
/// its entry is a damaged file within seconds, not a hang (ZIPFoundation's inflate loop spun
/// forever on it), and good entries still read byte for byte.
final class ZipEntryReaderTests: XCTestCase {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  func testAStreamThatNeverEndsIsDamagedQuickly() throws {
    let started = Date()
    let bundle = try ZipBundle(
      url: Self.fixtures.appendingPathComponent("Bundles/zip-deflate-never-ends.zip"))
    XCTAssertThrowsError(try bundle.read("memo.pdf", limit: BundleLimits.maximumFileBytes)) { error in
      XCTAssertEqual(error as? BundleReadError, .damagedInZip)
    }
    // The other entries of the same zip end properly and read as usual.
    XCTAssertEqual(try bundle.read("id-card.jpg", limit: BundleLimits.maximumFileBytes).count, 1194)
    XCTAssertLessThan(Date().timeIntervalSince(started), 10)
  }

  func testTheFuzzersZipGetsAnAnswerQuickly() throws {
    let started = Date()
    let bundle = try ZipBundle(url: Self.fixtures.appendingPathComponent("Fuzz/zip/deflate-never-ends.zip"))
    for entry in bundle.entries where entry.kind == .file {
      _ = try? bundle.read(entry.path, limit: BundleLimits.maximumFileBytes)
    }
    XCTAssertLessThan(Date().timeIntervalSince(started), 10)
  }

  func testDeflatedEntriesReadByteForByte() throws {
    let bundle = try ZipBundle(url: Self.fixtures.appendingPathComponent("Bundles/zip-ready.zip"))
    for name in ["memo.pdf", "id-card.jpg"] {
      let original = try Data(contentsOf: Self.fixtures.appendingPathComponent("Files/\(name)"))
      XCTAssertEqual(try bundle.read(name, limit: BundleLimits.maximumFileBytes), [UInt8](original), name)
    }
  }
}
