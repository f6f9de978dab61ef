/// JSON string literals written straight into a byte buffer, for the two writers of JSON the
/// site has: the search index's scripts (`SearchJSON`) and the check page's data (`JSONWriter`).
/// Runs of bytes that need no escape (nearly all) are copied at once.
enum JSONString {
  enum Style {
    /// Foundation's `JSONSerialization` (`[.withoutEscapingSlashes]`), byte for byte:
    /// `"` and `\` escaped, short escapes for U+0008, U+000C, `\n`, `\r`, `\t`, the other
    /// control characters as `\u00XX` in lower-case hex, everything else as it is.
    case foundation
    /// For a script file: `\n`, `\r` and `\t` short, the other control characters `\u00XX`;
    /// `<` too, so the text can never close the script element it is loaded by; and U+2028
    /// and U+2029, which old JavaScript takes for line ends.
    case script
  }

  static func append(_ text: String, to bytes: inout [UInt8], style: Style) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var written = 0
      var index = 0
      while index < utf8.count {
        let byte = utf8[index]
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
        let isLineSeparator =
          style == .script && byte == 0xE2 && index + 2 < utf8.count && utf8[index + 1] == 0x80
          && (utf8[index + 2] & 0xFE) == 0xA8
        guard
          byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
            || (style == .script && byte == UInt8(ascii: "<")) || isLineSeparator
        else {
          index += 1
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[written..<index]))
        if isLineSeparator {
          bytes.append(contentsOf: (utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
          index += 3
        } else {
          appendEscape(byte, to: &bytes, style: style)
          index += 1
        }
        written = index
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[written..<utf8.count]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private static func appendEscape(_ byte: UInt8, to bytes: inout [UInt8], style: Style) {
    let short: UInt8?
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): short = byte
    case 0x0A: short = UInt8(ascii: "n")
    case 0x0D: short = UInt8(ascii: "r")
    case 0x09: short = UInt8(ascii: "t")
    case 0x08 where style == .foundation: short = UInt8(ascii: "b")
    case 0x0C where style == .foundation: short = UInt8(ascii: "f")
    default: short = nil
    }
    bytes.append(UInt8(ascii: "\\"))
    if let short { return bytes.append(short) }
    bytes.append(contentsOf: "u00".utf8)
    bytes.append(hexDigits[Int(byte >> 4)])
    bytes.append(hexDigits[Int(byte & 0x0F)])
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)
}
