import CTurboJPEG
import ManualContent

/// Decodes a JPEG with TurboJPEG, which reports errors by return value (no setjmp), and stops
/// on the first warning: a truncated or corrupt picture is damaged, not "mostly fine". Used
/// for `.jpg` files and for the JPEG (DCT) images inside PDFs alike, with the same limits.
enum JPEGInspector {
  enum Verdict: Equatable {
    case good(width: Int, height: Int)
    case damaged(LocalizedText)
    case overLimit(LocalizedText)
    /// A coding precheck cannot vouch for (JPEGMarkers.unsupportedCoding).
    case unsupported(LocalizedText)
  }

  static func inspect(_ bytes: [UInt8], pixelBudget: Int = BundleLimits.maximumPixelsPerBundle) -> Verdict {
    // Scans are counted from the markers before decoding: each scan of a progressive JPEG
    // is another pass over every pixel.
    let markers = JPEGMarkers(bytes, stoppingAfter: BundleLimits.maximumScans)
    if markers.scans > BundleLimits.maximumScans {
      let limit = BundleLimits.maximumScans
      return .overLimit(
        LocalizedText(
          th: "ภาพมีการสแกนซ้อนเกิน \(limit) รอบ (ขีดจำกัด)",
          en: "the picture has more than \(limit) scans (the limit)"))
    }
    guard let handle = tjInitDecompress() else { return .damaged(.same("TurboJPEG could not start")) }
    defer { tjDestroy(handle) }
    var width: Int32 = 0
    var height: Int32 = 0
    var subsampling: Int32 = 0
    var colorspace: Int32 = 0
    var buffer = bytes
    let header = buffer.withUnsafeMutableBufferPointer {
      tjDecompressHeader3(handle, $0.baseAddress, UInt($0.count), &width, &height, &subsampling, &colorspace)
    }
    guard header == 0 else { return .damaged(message(handle)) }
    let pixels = Int(width) * Int(height)
    guard width > 0, height > 0 else { return .damaged(.same("\(width)×\(height)")) }
    if pixels > BundleLimits.maximumPixels {
      let limit = BundleLimits.maximumPixels / 1_000_000
      return .overLimit(
        LocalizedText(
          th: "ภาพขนาด \(width)×\(height) จุด เกิน \(limit) ล้านจุด (ขีดจำกัด)",
          en: "the picture is \(width)×\(height) pixels, over \(limit) million (the limit)"))
    }
    if pixels > pixelBudget {
      let limit = BundleLimits.maximumPixelsPerBundle / 1_000_000
      return .overLimit(
        LocalizedText(
          th: "ภาพในชุดเอกสารรวมกันเกิน \(limit) ล้านจุด (ขีดจำกัด)",
          en: "the bundle's pictures together are over \(limit) million pixels (the limit)"))
    }
    // Grey needs one byte a pixel and proves every block decodes; CMYK (and YCCK) pictures
    // cannot be turned into grey by libjpeg, so they are read as CMYK: still valid pictures.
    let cmyk = colorspace == Int32(TJCS_CMYK.rawValue) || colorspace == Int32(TJCS_YCCK.rawValue)
    let format = cmyk ? TJPF_CMYK : TJPF_GRAY
    var output = [UInt8](repeating: 0, count: pixels * (cmyk ? 4 : 1))
    let flags = TJFLAG_STOPONWARNING | TJFLAG_LIMITSCANS
    let decoded = buffer.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        tjDecompress2(
          handle, source.baseAddress, UInt(source.count), target.baseAddress, width, 0, height,
          Int32(format.rawValue), flags)
      }
    }
    guard decoded == 0 else { return .damaged(message(handle)) }
    // Decoded first, so that a picture both damaged and arithmetic-coded is called damaged
    // (as the browser pre-check, whose <img> fails on it, calls it).
    if let coding = markers.unsupportedCoding { return .unsupported(coding) }
    return .good(width: Int(width), height: Int(height))
  }

  /// TurboJPEG's words are fixed strings of the library; the commonest is said in Thai too.
  private static func message(_ handle: tjhandle) -> LocalizedText {
    let text = tjGetErrorStr2(handle).map { String(cString: $0) } ?? "TurboJPEG"
    if text.contains("premature end") {
      return LocalizedText(th: "ข้อมูลภาพขาดหายตอนท้าย (ไฟล์ถูกตัด): \(text)", en: text)
    }
    return LocalizedText(th: "ข้อมูลภาพเสียหาย: \(Echo.value(text))", en: Echo.value(text))
  }
}
