/// The manifest's bytes made ready for libyaml, as Windows and everyday editors save them.
enum ManifestText {
  /// An encoding we can name instead of "not UTF-8": UTF-16 (Notepad's "Unicode", with or
  /// without its byte-order mark) or the Thai Windows code page (TIS-620 / Windows-874).
  static func otherEncoding(_ bytes: [UInt8]) -> String? {
    let noBOM = bytes.count >= 4 && (bytes[1] == 0 && bytes[3] == 0 || bytes[0] == 0 && bytes[2] == 0)
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || noBOM {
      return "UTF-16"
    }
    guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
    // Thai letters in TIS-620 are the bytes A1–FB; UTF-8 Thai never is a lone byte of them.
    let high = bytes.filter { $0 >= 0x80 }
    if !high.isEmpty && high.allSatisfy({ (0xA1...0xFB).contains($0) }) { return "TIS-620 / Windows-874" }
    return nil
  }

  /// CRLF (Windows) and lone CR (old Mac) line ends as LF, so that line numbers match what
  /// an editor shows whichever the file uses.
  static func withLineFeeds(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.contains(0x0D) else { return bytes }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0D {
        out.append(0x0A)
        if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
      } else {
        out.append(byte)
      }
      index += 1
    }
    return out
  }

  /// JSON writes a character outside the Basic Multilingual Plane (an emoji) as two escapes,
  /// `\ud83d\ude00`; YAML has no surrogates, so the pair becomes the one escape `\U0001f600`.
  static func joiningSurrogatePairs(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.contains(0x5C) else { return bytes }
    func hex(_ at: Int) -> UInt32? {
      guard at + 6 <= bytes.count, bytes[at] == 0x5C, bytes[at + 1] == 0x75
      else { return nil }
      var value: UInt32 = 0
      for byte in bytes[(at + 2)..<(at + 6)] {
        guard let digit = hexDigit(byte) else { return nil }
        value = value * 16 + digit
      }
      return value
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x5C, index + 1 < bytes.count, bytes[index + 1] == 0x5C {
        out += [0x5C, 0x5C]  // an escaped backslash: what follows is text
        index += 2
        continue
      }
      if let high = hex(index), (0xD800...0xDBFF).contains(high), let low = hex(index + 6),
        (0xDC00...0xDFFF).contains(low)
      {
        let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        let digits = String(scalar, radix: 16)
        out +=
          Array("\\U".utf8) + Array(String(repeating: "0", count: 8 - digits.count).utf8) + Array(digits.utf8)
        index += 12
        continue
      }
      out.append(bytes[index])
      index += 1
    }
    return out
  }

  private static func hexDigit(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: return UInt32(byte - 0x30)
    case 0x41...0x46: return UInt32(byte - 0x41 + 10)
    case 0x61...0x66: return UInt32(byte - 0x61 + 10)
    default: return nil
    }
  }
}
