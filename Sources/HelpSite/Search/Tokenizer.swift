/// Splits text into the words the search index holds: Thai runs by libthai's dictionary,
/// other runs at anything that is not a letter or digit, all lowercased.
struct Tokenizer {
  let thai = ThaiSegmenter()

  static func isThai(_ scalar: Unicode.Scalar) -> Bool { (0x0E01...0x0E5B).contains(scalar.value) }

  /// Unicode's Alphabetic property, looked up only beyond ASCII, where the letters are A–Z and
  /// a–z: the lookup was a third of the tokenizer's time on English text.
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII else { return scalar.properties.isAlphabetic }
    return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  func tokens(_ text: String) -> [String] {
    // Thai digits (๐–๙) are digits like 0–9, not Thai letters: ๒ and 2 are one word. A zero
    // width space is no break: the letters on both sides are one run.
    var text = SearchWords.arabicDigits(text)
    if text.unicodeScalars.contains("\u{200B}") {
      text = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{200B}" }))
    }
    // Each run is a slice of the text, copied once into its word, not built scalar by scalar.
    let scalars = text.unicodeScalars
    var tokens: [String] = []
    var runStart: String.Index?
    var runIsThai = false
    var runLength = 0
    var runIsDigits = true
    func flush(_ end: String.Index) {
      guard let start = runStart else { return }
      let run = Substring(scalars[start..<end])
      if runIsThai {
        // Every Thai letter is three bytes of UTF-8: a word of one letter is not indexed.
        tokens += thai.words(run).filter { $0.utf8.count > 3 }
      } else if runLength > 1 || runIsDigits {
        tokens.append(String(run).lowercased())
      }
      runStart = nil
    }
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let isThai = Self.isThai(scalar)
      let isDigit = ("0"..."9").contains(scalar)
      let isWord = isThai || isDigit || Self.isLetter(scalar)
      if !isWord || (runStart != nil && isThai != runIsThai) { flush(index) }
      if isWord {
        if runStart == nil {
          (runStart, runIsThai, runLength, runIsDigits) = (index, isThai, 0, true)
        }
        runLength += 1
        runIsDigits = runIsDigits && isDigit
      }
      index = scalars.index(after: index)
    }
    flush(scalars.endIndex)
    return tokens
  }

  /// The tokens the index holds for a text: numbers as digits, English words stemmed.
  func searchTokens(_ text: String) -> [String] { SearchWords.normalize(tokens(text)) }
}
