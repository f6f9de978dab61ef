/// Which term file each word of a large index goes in (issue 11's sharded index).
///
/// Each file a query inserts costs Chromium about 5–7 ms from `file://` whatever its size
/// (measured: ten files of 4 KB took 60–80 ms, one of 40 KB 20 ms), so the words that one
/// query looks up together should share a file. search.js looks up, for each query word, the
/// word itself, the longer words it begins, English words one typing slip away, and the words
/// of its synonyms (ต่ออายุ brings renew, extend, หมดอายุ, ใช้ไม่ได้). So:
/// 1. each synonym group's words go in one file (with other whole groups while it is small);
/// 2. every other word, in sorted order, goes beside a word already placed that it begins with
///    or is one slip from, while that file has room (twice `bytesEach`), else in a run of words
///    of about `bytesEach` bytes of postings. One step only: joining words through chains of
///    such relations makes one cluster of the whole vocabulary.
struct SearchTermFiles {
  /// The file of each word, in the order of `terms`.
  let fileOfTerm: [Int]
  let count: Int

  /// `sizes[i]`: the bytes `terms[i]` takes in its file.
  init(terms: [String], sizes: [Int], synonyms: [[[String]]], bytesEach: Int) {
    let neighbours = Neighbours(terms: terms)
    var file = [Int?](repeating: nil, count: terms.count)
    var fileSizes: [Int] = [0]
    func place(_ words: [Int]) {
      let weight = words.reduce(0) { $0 + sizes[$1] }
      if fileSizes[fileSizes.count - 1] > 0 && fileSizes[fileSizes.count - 1] + weight > bytesEach {
        fileSizes.append(0)
      }
      for word in words { file[word] = fileSizes.count - 1 }
      fileSizes[fileSizes.count - 1] += weight
    }
    for group in synonyms {
      var words: [Int] = []
      for word in group.joined() {
        if let number = neighbours.place[word], file[number] == nil, !words.contains(number) {
          words.append(number)
        }
      }
      if !words.isEmpty { place(words) }
    }
    // The runs start a file of their own: the groups' files keep their room for neighbours.
    if fileSizes[fileSizes.count - 1] > 0 { fileSizes.append(0) }
    for number in terms.indices where file[number] == nil {
      let each = sizes[number]
      let beside = neighbours.of(number).lazy.compactMap { file[$0] }.first {
        fileSizes[$0] + each <= 2 * bytesEach
      }
      if let beside {
        file[number] = beside
        fileSizes[beside] += each
      } else {
        place([number])
      }
    }
    self.fileOfTerm = file.map { $0! }
    // The file opened for the runs stays empty when every other word went beside another.
    self.count =
      fileSizes.count > 1 && fileSizes[fileSizes.count - 1] == 0 ? fileSizes.count - 1 : fileSizes.count
  }
}

/// The words search.js would look up beside a word, either way round: a word and the longer
/// words it begins (three letters or more); English words of four letters or more one typing
/// slip apart, or one slip from the start of a longer word (search.js's `matchesOf`). In a
/// large vocabulary they are found by lookups, not by comparing every pair; that misses the
/// last kind, which is only a hint for packing files: it costs a query one more file at most,
/// never a result.
struct Neighbours {
  let terms: [String]
  let place: [String: Int]
  private let units: [[UInt16]]
  private let isEnglish: [Bool]
  /// English words of four letters or more by each of the words one letter shorter that they
  /// make with a letter left out: two words one slip apart share one, or one is the other's
  /// (the "symmetric delete" index). Candidates come from here, not from every pair of words,
  /// so that a manual with tens of thousands of words is not quadratic.
  private let byDeletion: [[UInt16]: [Int]]

  init(terms: [String]) {
    self.terms = terms
    self.place = Dictionary(terms.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    self.units = terms.map { Array($0.utf16) }
    self.isEnglish = terms.map { !$0.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) } }
    var byDeletion: [[UInt16]: [Int]] = [:]
    for number in terms.indices where isEnglish[number] && units[number].count >= 4 {
      for deletion in Self.deletions(units[number]) { byDeletion[deletion, default: []].append(number) }
    }
    self.byDeletion = byDeletion
  }

  private static func deletions(_ word: [UInt16]) -> Set<[UInt16]> {
    Set(word.indices.map { index in Array(word[..<index] + word[(index + 1)...]) })
  }

  /// Up to this many words every pair is compared (a few million comparisons at most, and
  /// every relation found); above it, candidates come from lookups.
  static let comparedPairwiseUpTo = 2_000

  func of(_ number: Int) -> [Int] {
    if terms.count <= Self.comparedPairwiseUpTo {
      return terms.indices.filter { $0 != number && (related(number, $0) || related($0, number)) }
    }
    let word = units[number]
    var candidates: Set<Int> = []
    // The words it begins with; the words that begin with it follow it in sorted order.
    if word.count > 3 {
      for length in 3..<word.count {
        if let base = place[String(decoding: word[..<length], as: UTF16.self)] { candidates.insert(base) }
      }
    }
    var next = number + 1
    while word.count >= 3 && next < units.count && units[next].starts(with: word) && next - number <= 64 {
      candidates.insert(next)
      next += 1
    }
    if isEnglish[number] && word.count >= 4 {
      for deletion in Self.deletions(word) {
        candidates.formUnion(byDeletion[deletion] ?? [])
        if let shorter = place[String(decoding: deletion, as: UTF16.self)] { candidates.insert(shorter) }
      }
      candidates.formUnion(byDeletion[word] ?? [])
    }
    candidates.remove(number)
    return candidates.sorted().filter { related(number, $0) || related($0, number) }
  }

  /// Whether search.js, asked for `short`, would look up `long` too.
  private func related(_ short: Int, _ long: Int) -> Bool {
    let (a, b) = (units[short], units[long])
    if a.count >= 3 && b.count > a.count && b.starts(with: a) { return true }
    guard isEnglish[short] && isEnglish[long] && a.count >= 4 else { return false }
    if Self.oneEditApart(a, b) { return true }
    return b.count > a.count
      && (Self.oneEditApart(a, Array(b.prefix(a.count)))
        || Self.oneEditApart(a, Array(b.prefix(a.count + 1))))
  }

  /// One unit added, missing, wrong, or two units swapped.
  static func oneEditApart(_ a: [UInt16], _ b: [UInt16]) -> Bool {
    if abs(a.count - b.count) > 1 || a == b { return false }
    var (i, j, edits) = (0, 0, 0)
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        i += 1
        j += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if a.count == b.count && j + 1 < b.count && i + 1 < a.count && a[i] == b[j + 1] && a[i + 1] == b[j] {
        i += 2
        j += 2
        continue
      }
      if a.count > b.count {
        i += 1
      } else if a.count < b.count {
        j += 1
      } else {
        i += 1
        j += 1
      }
    }
    return edits + (a.count - i) + (b.count - j) <= 1
  }
}
