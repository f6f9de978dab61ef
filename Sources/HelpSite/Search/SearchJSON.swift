/// The bytes of the search index's script files, written straight into one buffer a file:
/// building them as `String`s, scalar by scalar, was a tenth of the index's time (issue 12).
struct SearchJSON {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// Plain ASCII, written as it is (punctuation and names of the format).
  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

  mutating func raw(_ other: [UInt8]) { bytes.append(contentsOf: other) }

  mutating func byte(_ byte: UInt8) { bytes.append(byte) }

  mutating func number(_ value: Int) { raw(String(value)) }

  /// A JSON string literal. `<` is escaped too, so the index can never close the script
  /// element it is loaded by; U+2028 and U+2029 because old JavaScript takes them for line ends.
  mutating func string(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      // Runs of bytes that need no escape (nearly all) are copied at once.
      var written = 0
      var index = 0
      while index < utf8.count {
        let byte = utf8[index]
        let isLineSeparator =
          byte == 0xE2 && index + 2 < utf8.count && utf8[index + 1] == 0x80
          && (utf8[index + 2] & 0xFE) == 0xA8
        guard
          byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
            || isLineSeparator
        else {
          index += 1
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[written..<index]))
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case UInt8(ascii: "\n"): raw("\\n")
        case UInt8(ascii: "\r"): raw("\\r")
        case UInt8(ascii: "\t"): raw("\\t")
        case UInt8(ascii: "<"): raw("\\u003c")
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
        case 0xE2: raw(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
        default:
          raw("\\u00")
          bytes.append(Self.hexDigits[Int(byte >> 4)])
          bytes.append(Self.hexDigits[Int(byte & 0xF)])
        }
        index += byte == 0xE2 ? 3 : 1
        written = index
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[written..<utf8.count]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)
  private static let base36Digits = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

  /// `String(value, radix: 36)` for a value of zero or more.
  mutating func base36(_ value: Int) {
    guard value >= 36 else { return bytes.append(Self.base36Digits[value]) }
    base36(value / 36)
    bytes.append(Self.base36Digits[value % 36])
  }
}
