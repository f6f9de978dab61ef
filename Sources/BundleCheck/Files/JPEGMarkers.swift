import ManualContent

/// What a JPEG's marker segments say before anything is decoded: how many scans it has and
/// which kind of frame (coding process) its picture uses. Walks the segments and skips each
/// scan's entropy-coded data; never reads past the bytes it is given.
struct JPEGMarkers {
  /// Start-of-scan markers seen, counting stops past the limit it was given.
  private(set) var scans = 0
  /// The first start-of-frame marker (0xC0…0xCF but DHT 0xC4, JPG 0xC8 and DAC 0xCC).
  private(set) var frame: UInt8?

  init(_ bytes: [UInt8], stoppingAfter limit: Int) {
    var index = 2
    while index + 4 <= bytes.count, bytes[index] == 0xFF {
      let marker = bytes[index + 1]
      if marker == 0xFF {
        index += 1
        continue
      }
      if marker == 0xD9 { break }
      if (0xD0...0xD7).contains(marker) || marker == 0x01 {
        index += 2
        continue
      }
      if frame == nil, Self.isFrame(marker) { frame = marker }
      index += 2 + (Int(bytes[index + 2]) << 8 | Int(bytes[index + 3]))
      guard marker == 0xDA else { continue }
      scans += 1
      if scans > limit { break }
      while index + 1 < bytes.count {
        if bytes[index] == 0xFF, bytes[index + 1] != 0, !(0xD0...0xD7).contains(bytes[index + 1]) { break }
        index += 1
      }
    }
  }

  static func isFrame(_ marker: UInt8) -> Bool {
    (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
  }

  /// Why the picture's coding is refused, or nil for the three that cameras, phones, scanners
  /// and browsers use: baseline (SOF0), extended (SOF1) and progressive (SOF2) Huffman coding.
  /// Arithmetic coding (SOF9–11, SOF13–15) hides a picture cut short: libjpeg's arithmetic
  /// decoder fills missing data with zeros and gives no warning, so precheck cannot tell a
  /// whole picture from 1 % of one; Firefox does not show it either. Lossless and hierarchical
  /// coding (SOF3, SOF5–7) are refused by Debian's TurboJPEG and by browsers alike.
  var unsupportedCoding: LocalizedText? {
    guard let frame, frame > 0xC2 else { return nil }
    if frame >= 0xC9 {
      return LocalizedText(th: "arithmetic coding", en: "arithmetic coding")
    }
    return LocalizedText(th: "lossless หรือ hierarchical", en: "lossless or hierarchical coding")
  }
}
