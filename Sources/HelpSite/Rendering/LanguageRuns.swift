import ManualContent

/// Marks runs of the page's other script with `<span lang>`: Thai inside English text and
/// English inside Thai text, so that the browser breaks lines with the right dictionary and
/// screen readers switch voice.
///
/// It reads HTML (escaped text or cmark's output) and touches only the text between tags:
/// tags and entities (`&amp;`) are copied as they are. Quotes, brackets, tags, entities and
/// letters of the page's own script end a run; spaces, digits and other punctuation may sit
/// inside one, but trailing ones are left outside the span. It works on UTF-8 bytes because
/// it runs over every text of every page: scalar by scalar it was a quarter of a large build.
enum LanguageRuns {
  /// `html` with the other script's runs marked, for a page in `pageLanguage`.
  static func mark(_ html: String, pageLanguage: Language) -> String {
    var out: [UInt8] = []
    var html = html
    html.withUTF8 { append($0, pageLanguage: pageLanguage, to: &out) }
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `html` to `out` with the other script's runs marked.
  static func append(_ html: UnsafeBufferPointer<UInt8>, pageLanguage: Language, to out: inout [UInt8]) {
    let thaiPage = pageLanguage == .th
    let open: StaticString = thaiPage ? "<span lang=\"en\">" : "<span lang=\"th\">"
    let close: StaticString = "</span>"
    out.reserveCapacity(out.count + html.count + html.count / 8)
    var copied = 0  // bytes of `html` before this index are in `out` already
    var runStart = -1  // where the open run of foreign letters began
    var runEnd = -1  // just after its last foreign letter
    var insideTag = false
    var insideEntity = false

    func copy(upTo end: Int) {
      if end > copied { out.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<end])) }
      copied = end
    }
    func write(_ text: StaticString) {
      out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
    // Writes the open run in a span; the neutral bytes after it stay outside.
    func closeRun() {
      guard runStart >= 0 else { return }
      copy(upTo: runStart)
      write(open)
      copy(upTo: runEnd)
      write(close)
      runStart = -1
    }

    var index = 0
    let count = html.count
    while index < count {
      // With no run open and outside tags and entities, only a letter of the other script, `<`
      // or `&` can change anything: skip to the next one in a tight loop (this runs over every
      // byte of every page). A Thai letter's first byte (E0) and ASCII bytes are never in the
      // middle of a character, so the scan stops on a character's start.
      if runStart < 0 && !insideTag && !insideEntity {
        while index < count {
          let byte = html[index]
          if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") { break }
          if thaiPage ? (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) : byte == 0xE0 { break }
          index += 1
        }
        if index == count { break }
      }
      let byte = html[index]
      let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
      let end = Swift.min(index + length, count)
      if insideTag || insideEntity {
        if byte == UInt8(ascii: ">") { insideTag = false }
        if byte == UInt8(ascii: ";") { insideEntity = false }
        index = end
        continue
      }
      // Thai letters are U+0E00–U+0E7F: E0 B8 xx and E0 B9 xx in UTF-8.
      let isThai =
        length == 3 && end == index + 3 && byte == 0xE0
        && (html[index + 1] == 0xB8 || html[index + 1] == 0xB9)
      let isLatin = length == 1 && ((byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A))
      if thaiPage ? isLatin : isThai {
        if runStart < 0 { runStart = index }
        runEnd = end
      } else if (thaiPage ? isThai : isLatin) || isBreaker(html, index, length) {
        closeRun()
        if byte == UInt8(ascii: "<") { insideTag = true }
        if byte == UInt8(ascii: "&") { insideEntity = true }
      }
      index = end
    }
    closeRun()
    copy(upTo: count)
  }

  /// `<`, `&`, brackets and curly quotes (‘ ’ “ ”, E2 80 98/99/9C/9D) end a run.
  private static func isBreaker(_ html: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int) -> Bool {
    let byte = html[index]
    if length == 1 {
      return byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "(")
        || byte == UInt8(ascii: ")")
    }
    guard length == 3, byte == 0xE2, index + 2 < html.count, html[index + 1] == 0x80 else { return false }
    let last = html[index + 2]
    return last == 0x98 || last == 0x99 || last == 0x9C || last == 0x9D
  }
}
