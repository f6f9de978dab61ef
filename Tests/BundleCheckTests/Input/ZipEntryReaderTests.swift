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

  /// Every zip the fuzzer found (a hang, a hang through a zip64 size with no zip64 field, a
  /// trap on a zip64 offset past Int64.max): opened and every file read, within seconds.
  func testTheFuzzersZipsGetAnAnswerQuickly() throws {
    let folder = Self.fixtures.appendingPathComponent("Fuzz/zip")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    XCTAssertGreaterThanOrEqual(names.count, 3)
    for name in names {
      let started = Date()
      guard let bundle = try? ZipBundle(url: folder.appendingPathComponent(name)) else { continue }
      for entry in bundle.entries where entry.kind == .file {
        _ = try? bundle.read(entry.path, limit: BundleLimits.maximumFileBytes)
      }
      XCTAssertLessThan(Date().timeIntervalSince(started), 10, name)
    }
  }

  func testZip64SizesAreReadAndAMissingZip64FieldIsDamage() throws {
    let streamed = try ZipBundle(url: Self.fixtures.appendingPathComponent("Bundles/zip64-streamed.zip"))
    let original = try Data(contentsOf: Self.fixtures.appendingPathComponent("Files/memo.pdf"))
    XCTAssertEqual(try streamed.read("memo.pdf", limit: BundleLimits.maximumFileBytes), [UInt8](original))
    let missing = try ZipBundle(url: Self.fixtures.appendingPathComponent("Bundles/zip64-fields-missing.zip"))
    XCTAssertThrowsError(try missing.read("memo.pdf", limit: BundleLimits.maximumFileBytes)) { error in
      XCTAssertEqual(error as? BundleReadError, .damagedInZip)
    }
  }

  func testDeflatedEntriesReadByteForByte() throws {
    let bundle = try ZipBundle(url: Self.fixtures.appendingPathComponent("Bundles/zip-ready.zip"))
    for name in ["memo.pdf", "id-card.jpg"] {
      let original = try Data(contentsOf: Self.fixtures.appendingPathComponent("Files/\(name)"))
      XCTAssertEqual(try bundle.read(name, limit: BundleLimits.maximumFileBytes), [UInt8](original), name)
    }
  }
}
