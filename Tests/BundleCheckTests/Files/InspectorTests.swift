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

  func verdict(_ bytes: [UInt8]) -> PDFInspector.Verdict {
    var inspector = PDFInspector()
    return inspector.verdict(bytes)
  }

  func testPDFs() throws {
    XCTAssertEqual(verdict(try bytes("memo.pdf")), .good)
    XCTAssertEqual(verdict(try bytes("memo-password.pdf")), .needsPassword)
    guard case .damaged = verdict(try bytes("memo-truncated.pdf")) else {
      return XCTFail("a truncated PDF is damaged")
    }
    guard case .warnings(let detail) = verdict(try bytes("memo-wrong-stream-length.pdf")) else {
      return XCTFail("a wrong stream length opens with warnings")
    }
    XCTAssertFalse(detail.en.isEmpty)
    guard case .damaged = verdict(Array("%PDF-1.4\nnot really".utf8)) else {
      return XCTFail("a PDF header alone is not a PDF")
    }
  }

  /// A PDF with a correct cross-reference table, from its objects.
  static func pdf(_ objects: [String]) -> [UInt8] {
    var out = Array("%PDF-1.4\n".utf8)
    var offsets: [Int] = []
    for (index, body) in objects.enumerated() {
      offsets.append(out.count)
      out += Array("\(index + 1) 0 obj\n\(body)\nendobj\n".utf8)
    }
    let xref = out.count
    out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
    for offset in offsets {
      out += Array((String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n").utf8)
    }
    out += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
    return out
  }

  static func scannedPage(filter: String) -> [UInt8] {
    let data = String(repeating: "x", count: 64)
    return pdf([
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Contents 4 0 R /Resources << /XObject << /Scan 5 0 R >> >> >>",
      "<< /Length 20 >>\nstream\nq 100 0 0 100 0 0 cm\nendstream",
      "<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 \(filter)/Length 64 >>\nstream\n\(data)\nendstream",
    ])
  }

  func testAScannedPageWhoseImageIsCorruptIsDamaged() {
    // The same page reads as good when its image is stored unfiltered…
    XCTAssertEqual(verdict(Self.scannedPage(filter: "")), .good)
    // …and as damaged when the same bytes claim to be Flate-compressed.
    guard case .damaged = verdict(Self.scannedPage(filter: "/Filter /FlateDecode ")) else {
      return XCTFail("a page whose scanned image does not decode is damaged")
    }
  }

  func testAPDFWithNoPagesIsDamaged() {
    let bytes = Self.pdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"])
    guard case .damaged(let detail) = verdict(bytes) else { return XCTFail("no pages is damaged") }
    XCTAssertEqual(detail.en, "it has no pages")
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

  /// Arithmetic coding hides a picture cut short (libjpeg fills the rest with zeros, no
  /// warning): whole or cut to 200 bytes of data, it is refused the same; cut without its end
  /// marker, TurboJPEG does warn, and it is damaged.
  func testArithmeticCodedJPEGsAreRefusedWholeOrCut() throws {
    let whole = try bytes("scan-card-arithmetic.jpg")
    for picture in [whole, try bytes("scan-card-arithmetic-cut.jpg")] {
      guard case .unsupported(let coding) = JPEGInspector.inspect(picture) else {
        return XCTFail("an arithmetic-coded JPEG is refused")
      }
      XCTAssertEqual(coding.en, "arithmetic coding")
    }
    guard case .damaged = JPEGInspector.inspect(Array(whole.prefix(whole.count / 2))) else {
      return XCTFail("half an arithmetic-coded JPEG without its end marker is damaged")
    }
    XCTAssertEqual(JPEGMarkers(try bytes("scan-card.jpg"), stoppingAfter: 100).frame, 0xC0)
    XCTAssertNil(JPEGMarkers(try bytes("scan-card-progressive.jpg"), stoppingAfter: 100).unsupportedCoding)
  }

  func testSniffingNamesWhatAFileReallyIs() throws {
    XCTAssertEqual(FileKind(sniffing: try bytes("id-card-really-png.jpg")), .png)
    XCTAssertEqual(FileKind(sniffing: try bytes("memo.pdf")), .pdf)
    XCTAssertEqual(FileKind(sniffing: []), .empty)
  }
}
