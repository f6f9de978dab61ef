/// What a request's path asks for, decided before anything is looked up. The preview serves
/// from memory only, so no path can reach the disk; still, anything that tries to climb out of
/// the site (`..`, its encoded forms, NUL, backslashes) is refused outright, so that nobody
/// relies on the lookup failing.
public enum RequestPath: Equatable, Sendable {
  /// A file of the site, by its path below the root (`en/index.html`).
  case site(String)
  /// The preview's own endpoints (`version`, `reload.js`, `problems`).
  case preview(String)
  /// A folder named without its closing slash: send the browser to `folder/` so that the
  /// page's relative links resolve as they do from `file://`.
  case folder(String)
  /// Not a path this server would ever serve: answered with 400.
  case refused

  public static let previewPrefix = "__preview/"

  /// Reads the raw, still percent-encoded path of the request line (without the query).
  public init(raw: String) {
    guard raw.hasPrefix("/"), let decoded = Self.percentDecoded(raw.dropFirst()) else {
      self = .refused
      return
    }
    let segments = decoded.split(separator: "/", omittingEmptySubsequences: false)
    for segment in segments {
      if segment == ".." || segment == "." || segment.contains("\\") || segment.contains("\0") {
        self = .refused
        return
      }
    }
    // `//` inside a path would mean an absolute path to some servers; never to this one.
    if segments.dropLast().contains(where: \.isEmpty) && !decoded.isEmpty {
      self = .refused
      return
    }
    if decoded.hasPrefix(Self.previewPrefix) {
      self = .preview(String(decoded.dropFirst(Self.previewPrefix.count)))
    } else if decoded.isEmpty || decoded.hasSuffix("/") {
      self = .site(decoded + "index.html")
    } else if !(segments.last ?? "").contains(".") {
      self = .folder(decoded + "/")
    } else {
      self = .site(decoded)
    }
  }

  /// `%XX` decoded as UTF-8; nil for a broken escape or bytes that are not UTF-8.
  static func percentDecoded(_ text: Substring) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var iterator = text.utf8.makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue)
      else { return nil }
      bytes.append(high << 4 | low)
    }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
