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

  /// A JSON string literal, safe inside a script (`JSONString.Style.script`).
  mutating func string(_ text: String) { JSONString.append(text, to: &bytes, style: .script) }

  private static let base36Digits = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

  /// `String(value, radix: 36)` for a value of zero or more.
  mutating func base36(_ value: Int) {
    guard value >= 36 else { return bytes.append(Self.base36Digits[value]) }
    base36(value / 36)
    bytes.append(Self.base36Digits[value % 36])
  }
}
