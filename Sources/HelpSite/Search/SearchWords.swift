/// The rules that turn the words of a text into the words the search index holds, written twice:
/// here at build time and in search.js at query time. Both are checked against one golden table
/// (Tests/Fixtures/search-tokens.tsv), so a word indexed one way is always looked up the same way.
enum SearchWords {
  /// Thai number words and English ones, as the digits a page may use instead (สอง, two → 2).
  static let thaiNumbers: [String: Int] = [
    "หนึ่ง": 1, "เอ็ด": 1, "สอง": 2, "ยี่": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8,
    "เก้า": 9, "สิบ": 10, "ร้อย": 100,
  ]
  /// The Thai number words, longest first, so that a token is split greedily. Sorted once: sorting
  /// them for every token was most of `guide build`'s CPU at N = 1,000 (found by perf). Two words
  /// of one length cannot both begin the same text, so the order among them does not matter.
  static let thaiNumbersLongestFirst = thaiNumbers.keys.sorted { $0.count > $1.count }
  /// The scalars the Thai number words begin with (no Thai letter decomposes, so a token that
  /// begins with any other scalar cannot begin with one of the words).
  static let thaiNumberFirstScalars = Set(thaiNumbers.keys.compactMap { $0.unicodeScalars.first })
  static let englishNumbers: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
  ]

  /// Tokens as the index holds them: Thai digits as Arabic ones, runs of number words as one
  /// number, English words stemmed.
  static func normalize(_ tokens: [String]) -> [String] {
    var out: [String] = []
    var index = 0
    while index < tokens.count {
      var parts: [String] = []
      var end = index
      while end < tokens.count, let split = numberWords(tokens[end]) {
        parts += split
        end += 1
      }
      if end > index {
        out.append(String(value(of: parts)))
        index = end
      } else {
        out.append(stem(arabicDigits(tokens[index])))
        index += 1
      }
    }
    return out
  }

  /// ๒๕ → 25.
  static func arabicDigits(_ token: String) -> String {
    // Most tokens have no Thai digit: hand them back as they are (this runs for every token).
    guard token.unicodeScalars.contains(where: { (0x0E50...0x0E59).contains($0.value) }) else { return token }
    return String(
      String.UnicodeScalarView(
        token.unicodeScalars.map {
          (0x0E50...0x0E59).contains($0.value) ? Unicode.Scalar($0.value - 0x0E50 + 48)! : $0
        }
      ))
  }

  /// The number words a token is made of (สิบห้า → สิบ, ห้า), or nil when it is not a number.
  static func numberWords(_ token: String) -> [String]? {
    if englishNumbers[token] != nil { return [token] }
    // A Thai number word must begin the token: most tokens are ruled out by their first scalar,
    // before any comparison by grapheme cluster (a third of `guide build` at N = 1,000 was here).
    guard let first = token.unicodeScalars.first, thaiNumberFirstScalars.contains(first) else { return nil }
    var rest = Substring(token)
    var words: [String] = []
    while !rest.isEmpty {
      // Bytes first: a number word's bytes must begin the rest for it to begin it by grapheme
      // (no number word holds two marks that Unicode could reorder), and a byte comparison
      // rules out most tokens without walking grapheme clusters; `hasPrefix` then makes sure
      // the word ends where a character ends (หก is not the start of หก้…).
      guard
        let word = thaiNumbersLongestFirst.first(where: {
          rest.utf8.starts(with: $0.utf8) && rest.hasPrefix($0)
        })
      else { return nil }
      words.append(word)
      rest = rest.dropFirst(word.count)
    }
    return words.isEmpty ? nil : words
  }

  /// สิบ ห้า → 15, ยี่ สิบ → 20, twenty five → 25.
  static func value(of words: [String]) -> Int {
    var total = 0
    var current = 0
    for word in words {
      let number = thaiNumbers[word] ?? englishNumbers[word] ?? 0
      if number == 10 && thaiNumbers[word] != nil {
        total += max(current, 1) * 10
        current = 0
      } else if number == 100 {
        total += max(current, 1) * 100
        current = 0
      } else {
        current += number
      }
    }
    return total + current
  }

  /// A light Porter-style stemmer: plurals, -ing, -ed, -al and a final e, so renewal, renewing
  /// and renewed meet renew. Only plain English words longer than three letters change.
  static func stem(_ word: String) -> String {
    guard word.count > 3, word.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return word }
    var w = word
    func ends(_ suffix: String) -> Bool { w.hasSuffix(suffix) }
    func hasVowel(_ s: Substring) -> Bool { s.contains { "aeiouy".contains($0) } }
    if ends("sses") {
      w.removeLast(2)
    } else if ends("ies") && w.count > 4 {
      w.removeLast(3)
      w += "y"
    } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
      w.removeLast()
    }
    for suffix in ["ing", "ed"] where ends(suffix) {
      let base = w.dropLast(suffix.count)
      if base.count >= 3 && hasVowel(base) {
        w = String(base)
        let letters = Array(w)
        if letters.count > 3, letters[letters.count - 1] == letters[letters.count - 2],
          !"aeiouylsz".contains(letters[letters.count - 1])
        {
          w.removeLast()
        }
      }
      break
    }
    if ends("al") && w.count >= 6 { w.removeLast(2) }
    if ends("e") && w.count > 4 { w.removeLast() }
    return w
  }
}
