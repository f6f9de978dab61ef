import CLibThai

/// Thai word breaking with libthai's dictionary (Debian's libthai): Thai is written without
/// spaces, so "ต่ออายุรหัส" must become "ต่อ|อายุ|รหัส" before it can be indexed.
final class ThaiSegmenter {
  private let breaker: OpaquePointer?
  /// Runs already broken, and their words. The same runs come back again and again (a
  /// document's title in its steps, the documents a step needs, both languages' indexes of the
  /// same text), and libthai's dictionary walk is the index's largest cost (issue 12).
  private var known: [Run: [String]] = [:]

  init() { breaker = th_brk_new(nil) }

  deinit { th_brk_delete(breaker) }

  /// The words of a run of Thai letters.
  func words(_ run: String) -> [String] {
    if let words = known[Run(text: run)] { return words }
    let words = breakWords(run)
    known[Run(text: run)] = words
    return words
  }

  /// A run hashed and compared by its UTF-8 bytes: `String`'s own hashing normalizes Unicode
  /// first, which on Thai (tone marks, vowels above and below) cost more than the breaking.
  private struct Run: Hashable {
    let text: String

    func hash(into hasher: inout Hasher) {
      var text = text
      text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: Run, rhs: Run) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }
  }

  private func breakWords(_ run: String) -> [String] {
    let scalars = Array(run.unicodeScalars)
    guard breaker != nil, scalars.count > 1 else { return [run] }
    // libthai works on TIS-620, one byte a Thai letter, so break positions are scalar indexes.
    var tis = scalars.map { th_uni2tis(wchar_t(bitPattern: $0.value)) } + [0]
    var positions = [Int32](repeating: 0, count: scalars.count + 1)
    let count = tis.withUnsafeMutableBufferPointer { text in
      positions.withUnsafeMutableBufferPointer {
        th_brk_find_breaks(breaker, text.baseAddress, $0.baseAddress, $0.count)
      }
    }
    var words: [String] = []
    var start = 0
    for position in positions.prefix(Int(max(count, 0))) + [Int32(scalars.count)] where Int(position) > start
    {
      words.append(String(String.UnicodeScalarView(scalars[start..<Int(position)])))
      start = Int(position)
    }
    return words
  }
}
