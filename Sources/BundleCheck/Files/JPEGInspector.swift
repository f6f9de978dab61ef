import CTurboJPEG

/// Decodes a JPEG with TurboJPEG, which reports errors by return value (no setjmp), and stops
/// on the first warning: a truncated or corrupt picture is damaged, not "mostly fine".
enum JPEGInspector {
  enum Verdict: Equatable {
    case good(width: Int, height: Int)
    case damaged(String)
  }

  /// Larger pictures are refused rather than decoded: no scan of an ID card or memo needs them.
  static let maximumPixels = 100_000_000

  static func inspect(_ bytes: [UInt8]) -> Verdict {
    guard let handle = tjInitDecompress() else { return .damaged("TurboJPEG could not start") }
    defer { tjDestroy(handle) }
    var width: Int32 = 0
    var height: Int32 = 0
    var subsampling: Int32 = 0
    var colorspace: Int32 = 0
    var buffer = bytes
    let header = buffer.withUnsafeMutableBufferPointer {
      tjDecompressHeader3(
        handle, $0.baseAddress, UInt(bytes.count), &width, &height, &subsampling, &colorspace)
    }
    guard header == 0 else { return .damaged(message(handle)) }
    guard width > 0, height > 0, Int(width) * Int(height) <= maximumPixels else {
      return .damaged("\(width)×\(height) pixels")
    }
    // Decoding to grey needs one byte a pixel: enough to prove every block decodes.
    var pixels = [UInt8](repeating: 0, count: Int(width) * Int(height))
    let decoded = buffer.withUnsafeMutableBufferPointer { source in
      pixels.withUnsafeMutableBufferPointer { target in
        tjDecompress2(
          handle, source.baseAddress, UInt(bytes.count), target.baseAddress, width, 0, height,
          Int32(TJPF_GRAY.rawValue), TJFLAG_STOPONWARNING)
      }
    }
    guard decoded == 0 else { return .damaged(message(handle)) }
    return .good(width: Int(width), height: Int(height))
  }

  private static func message(_ handle: tjhandle) -> String {
    guard let text = tjGetErrorStr2(handle) else { return "TurboJPEG" }
    return String(cString: text)
  }
}
