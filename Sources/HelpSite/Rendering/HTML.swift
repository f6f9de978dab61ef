/// A piece of HTML, written as UTF-8 bytes: the one way pages are made.
///
/// Text is escaped unless it says otherwise. In a template
/// `"<p class=\"x\">\(text)</p>" as HTML` the literal parts are the page's own markup and go in
/// as written; an interpolated `String` is text and is escaped; an interpolated `HTML` is
/// markup already made by this type and goes in as it is; `\(raw: markup)` is the only way to
/// put a `String` in unescaped, for markup from a trusted source (cmark's output).
///
/// Bytes rather than `String`: a page is appended to, never read, and appending bytes costs
/// a copy where `String` concatenation checks and re-encodes (issue 12's hot path).
struct HTML: ExpressibleByStringInterpolation, Sendable, Equatable {
  var bytes: [UInt8]

  init() { bytes = [] }
  init(stringLiteral markup: String) { bytes = Array(markup.utf8) }
  init(stringInterpolation: Interpolation) { bytes = stringInterpolation.bytes }

  /// Markup from a trusted source (cmark's output, a built-in template), unescaped.
  init(raw markup: String) { bytes = Array(markup.utf8) }

  /// Text, escaped.
  init(text: String) {
    bytes = []
    HTMLEscaping.appendText(text, to: &bytes)
  }

  var isEmpty: Bool { bytes.isEmpty }

  /// The bytes as a `String`, for tests and messages; pages are written as bytes.
  var string: String { String(decoding: bytes, as: UTF8.self) }

  mutating func append(_ other: HTML) { bytes.append(contentsOf: other.bytes) }

  static func + (lhs: HTML, rhs: HTML) -> HTML {
    var result = lhs
    result.append(rhs)
    return result
  }

  static func += (lhs: inout HTML, rhs: HTML) { lhs.append(rhs) }

  struct Interpolation: StringInterpolationProtocol {
    var bytes: [UInt8] = []

    init(literalCapacity: Int, interpolationCount: Int) {
      bytes.reserveCapacity(literalCapacity + interpolationCount * 48)
    }

    /// The template's own markup, as written in the source.
    mutating func appendLiteral(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    /// Text: escaped, so it is safe between tags and inside a double-quoted attribute value.
    mutating func appendInterpolation(_ text: String) { HTMLEscaping.appendText(text, to: &bytes) }

    /// Markup made by `HTML` already.
    mutating func appendInterpolation(_ html: HTML) { bytes.append(contentsOf: html.bytes) }

    /// Pieces of markup with `separator` (itself markup) between them.
    mutating func appendInterpolation(_ pieces: [HTML], separator: HTML) {
      for (index, piece) in pieces.enumerated() {
        if index > 0 { bytes.append(contentsOf: separator.bytes) }
        bytes.append(contentsOf: piece.bytes)
      }
    }

    /// A number, in ASCII digits.
    mutating func appendInterpolation(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }

    /// ` name="value"`, with the value escaped for a double-quoted attribute. The writer adds
    /// the quotes itself, so the value can never pick the wrong kind.
    /// The name comes from the code, never from content: it must be a plain attribute name.
    mutating func appendInterpolation(attribute name: String, _ value: String) {
      assert(HTMLEscaping.isAttributeName(name), "not an attribute name: \(name)")
      bytes.append(UInt8(ascii: " "))
      bytes.append(contentsOf: name.utf8)
      bytes.append(contentsOf: "=\"".utf8)
      HTMLEscaping.appendAttributeValue(value, to: &bytes)
      bytes.append(UInt8(ascii: "\""))
    }

    /// Markup from a trusted source, unescaped. Say why it is trusted where you use it.
    mutating func appendInterpolation(raw markup: String) { bytes.append(contentsOf: markup.utf8) }
  }
}

extension Array where Element == HTML {
  /// The pieces one after the other, with `separator` (markup) between them.
  func joined(separator: HTML = HTML()) -> HTML {
    var result = HTML()
    result.bytes.reserveCapacity(
      reduce(0) { $0 + $1.bytes.count } + Swift.max(0, count - 1) * separator.bytes.count)
    for (index, piece) in enumerated() {
      if index > 0 { result.append(separator) }
      result.append(piece)
    }
    return result
  }
}

/// The escaping rules, byte by byte.
///
/// Text and attribute values escape the same four characters, `& < > "`, as cmark does for the
/// content's Markdown, so a text reads the same bytes whichever way it reached the page, and
/// one escaped value is safe both between tags and inside `"…"`. `'` is left alone: the
/// writer only ever writes double-quoted attributes.
enum HTMLEscaping {
  static func appendText(_ text: String, to bytes: inout [UInt8]) { append(text, to: &bytes) }

  static func appendAttributeValue(_ value: String, to bytes: inout [UInt8]) { append(value, to: &bytes) }

  /// Letters, digits and `-`, starting with a letter: every name the pages use.
  static func isAttributeName(_ name: String) -> Bool {
    guard let first = name.utf8.first, isLetter(first) else { return false }
    return name.utf8.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") }
  }

  private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

  /// Text as escaped bytes, for a caller that needs them outside `HTML`.
  static func escapedText(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    append(text, to: &bytes)
    return bytes
  }

  private static func append(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { source in
      bytes.reserveCapacity(bytes.count + source.count)
      var clean = 0  // start of the bytes not yet copied that need no escaping
      for index in 0..<source.count {
        let replacement: StaticString
        switch source[index] {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\""): replacement = "&quot;"
        default: continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[clean..<index]))
        bytes.append(
          contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
        clean = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[clean..<source.count]))
    }
  }
}
