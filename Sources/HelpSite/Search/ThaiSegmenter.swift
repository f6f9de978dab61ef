import CLibThai

/// Thai word breaking with libthai's dictionary (Debian's libthai): Thai is written without
/// spaces, so "ต่ออายุรหัส" must become "ต่อ|อายุ|รหัส" before it can be indexed.
///
/// Runs are not cached here: the index breaks each text once (`SearchIndexing`), and a cache
/// of every run and its words held as much memory as the Thai text itself (issue 12).
final class ThaiSegmenter {
  private let breaker: OpaquePointer?

  init() { breaker = th_brk_new(nil) }

  deinit { th_brk_delete(breaker) }

  /// The words of a run of Thai letters (U+0E01–U+0E5B, each three bytes of UTF-8).
  func words(_ run: Substring) -> [String] {
    let utf8 = Array(run.utf8)
    let count = utf8.count / 3
    guard breaker != nil, count > 1 else { return [String(run)] }
    // libthai works on TIS-620, one byte a Thai letter, so break positions are letter indexes.
    var tis = [UInt8]()
    tis.reserveCapacity(count + 1)
    for scalar in run.unicodeScalars { tis.append(UInt8(th_uni2tis(wchar_t(bitPattern: scalar.value)))) }
    tis.append(0)
    var positions = [Int32](repeating: 0, count: count + 1)
    let found = tis.withUnsafeMutableBufferPointer { text in
      positions.withUnsafeMutableBufferPointer {
        th_brk_find_breaks(breaker, text.baseAddress, $0.baseAddress, $0.count)
      }
    }
    var words: [String] = []
    var start = 0
    for position in positions.prefix(Int(max(found, 0))) + [Int32(count)] where Int(position) > start {
      words.append(String(decoding: utf8[3 * start..<3 * Int(position)], as: UTF8.self))
      start = Int(position)
    }
    return words
  }
}
