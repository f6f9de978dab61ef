/// Escaping and language marking for text placed into pages.
enum HTMLText {
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  /// Wraps runs of the page's other script in `<span lang>`: Thai inside English text and
  /// English inside Thai text, so that the browser breaks lines with the right dictionary
  /// and screen readers switch voice. Only text between tags is touched. Works on UTF-8
  /// bytes: it runs over every page, and scalar by scalar it was a quarter of a large build.
  static func markLanguageRuns(_ html: String, pageLanguage: String) -> String {
    let thaiPage = pageLanguage == "th"
    let open = Array("<span lang=\"\(thaiPage ? "en" : "th")\">".utf8)
    let close = Array("</span>".utf8)
    let bytes = Array(html.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 8)
    var runStart = -1  // where the open run of foreign letters began, in `bytes`
    var runEnd = -1  // just after its last foreign letter
    var insideTag = false
    var insideEntity = false

    func flush(upTo end: Int) {
      // Writes the run (and the neutral bytes after it, outside the span) up to `end`.
      guard runStart >= 0 else { return }
      out += open
      out += bytes[runStart..<runEnd]
      out += close
      out += bytes[runEnd..<end]
      runStart = -1
    }

    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let length: Int
      if byte < 0x80 {
        length = 1
      } else if byte >= 0xF0 {
        length = 4
      } else if byte >= 0xE0 {
        length = 3
      } else {
        length = 2
      }
      let end = min(index + length, bytes.count)
      if insideTag || insideEntity {
        if byte == UInt8(ascii: ">") { insideTag = false }
        if byte == UInt8(ascii: ";") { insideEntity = false }
        out += bytes[index..<end]
        index = end
        continue
      }
      let isThai = length == 3 && byte == 0xE0 && (bytes[index + 1] == 0xB8 || bytes[index + 1] == 0xB9)
      let isLatin = length == 1 && ((byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A))
      let foreign = thaiPage ? isLatin : isThai
      let own = thaiPage ? isThai : isLatin
      // Quotes, brackets, tags and entities end a run; spaces, digits and other punctuation
      // may sit inside one.
      let breaker =
        own || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "(")
        || byte == UInt8(ascii: ")")
        || (length == 3 && byte == 0xE2 && bytes[index + 1] == 0x80
          && [0x98, 0x99, 0x9C, 0x9D].contains(bytes[index + 2]))
      if foreign {
        if runStart < 0 { runStart = index }
        runEnd = end
      } else if breaker {
        flush(upTo: index)
        out += bytes[index..<end]
        if byte == UInt8(ascii: "<") { insideTag = true }
        if byte == UInt8(ascii: "&") { insideEntity = true }
      } else if runStart < 0 {
        out += bytes[index..<end]
      }
      index = end
    }
    flush(upTo: bytes.count)
    return String(decoding: out, as: UTF8.self)
  }
}
