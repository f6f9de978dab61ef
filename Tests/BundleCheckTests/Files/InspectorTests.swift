import Foundation
import XCTest

@testable import BundleCheck

/// Attachments are judged by their bytes with qpdf and TurboJPEG, on real files.
final class InspectorTests: XCTestCase {
  static let files = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Files")

  func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: Self.files.appendingPathComponent(name)))
  }

  func testPDFs() throws {
    XCTAssertEqual(PDFInspector.inspect(try bytes("memo.pdf")), .good)
    XCTAssertEqual(PDFInspector.inspect(try bytes("memo-password.pdf")), .needsPassword)
    guard case .damaged = PDFInspector.inspect(try bytes("memo-truncated.pdf")) else {
      return XCTFail("a truncated PDF is damaged")
    }
    guard case .warnings(let detail) = PDFInspector.inspect(try bytes("memo-wrong-stream-length.pdf")) else {
      return XCTFail("a wrong stream length opens with warnings")
    }
    XCTAssertFalse(detail.isEmpty)
    guard case .damaged = PDFInspector.inspect(Array("%PDF-1.4\nnot really".utf8)) else {
      return XCTFail("a PDF header alone is not a PDF")
    }
  }

  func testJPEGs() throws {
    XCTAssertEqual(JPEGInspector.inspect(try bytes("id-card.jpg")), .good(width: 96, height: 60))
    guard case .damaged = JPEGInspector.inspect(try bytes("id-card-truncated.jpg")) else {
      return XCTFail("a truncated JPEG is damaged")
    }
    guard case .damaged = JPEGInspector.inspect([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) else {
      return XCTFail("a JPEG header alone is not a picture")
    }
  }

  func testSniffingNamesWhatAFileReallyIs() throws {
    XCTAssertEqual(FileKind(sniffing: try bytes("id-card-really-png.jpg")), .png)
    XCTAssertEqual(FileKind(sniffing: try bytes("memo.pdf")), .pdf)
    XCTAssertEqual(FileKind(sniffing: []), .empty)
  }
}
