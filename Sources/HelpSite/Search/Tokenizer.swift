/// Splits text into the words the search index holds: Thai runs by libthai's dictionary,
/// other runs at anything that is not a letter or digit, all lowercased.
struct Tokenizer {
  let thai = ThaiSegmenter()

  static func isThai(_ scalar: Unicode.Scalar) -> Bool { (0x0E01...0x0E5B).contains(scalar.value) }

  func tokens(_ text: String) -> [String] {
    var tokens: [String] = []
    var run = String.UnicodeScalarView()
    var runIsThai = false
    func flush() {
      defer { run.removeAll() }
      guard !run.isEmpty else { return }
      let word = String(run)
      if runIsThai {
        tokens += thai.words(word).filter { $0.unicodeScalars.count > 1 }
      } else if word.unicodeScalars.count > 1 || word.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
      {
        tokens.append(word.lowercased())
      }
    }
    // Thai digits (๐–๙) are digits like 0–9, not Thai letters: ๒ and 2 are one word.
    let digits = SearchWords.arabicDigits(text)
    for scalar in digits.unicodeScalars where scalar != "\u{200B}" {
      let isThai = Self.isThai(scalar)
      let isWord = isThai || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
      if !isWord || (!run.isEmpty && isThai != runIsThai) { flush() }
      if isWord {
        runIsThai = isThai
        run.append(scalar)
      }
    }
    flush()
    return tokens
  }

  /// The tokens the index holds for a text: numbers as digits, English words stemmed.
  func searchTokens(_ text: String) -> [String] { SearchWords.normalize(tokens(text)) }
}
