import Foundation

/// A string hashed and compared by its UTF-8 bytes. `String`'s own hashing and `==` normalize
/// Unicode first, which on Thai (tone marks, vowels above and below) cost more than the work
/// the dictionaries saved (issue 12). Two canonically equal spellings are two keys here, so
/// whatever must treat them as one word (the index's terms) asks `SearchTerms`.
struct UTF8Key: Hashable {
  let text: String

  init(_ text: String) { self.text = text }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  /// Compared with `memcmp`: `elementsEqual` walked the bytes one by one, and every text the
  /// second index looks up is compared in full with the one the first stored.
  static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
    guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
    var left = lhs.text
    var right = rhs.text
    return left.withUTF8 { left in
      right.withUTF8 { right in
        left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
      }
    }
  }
}

/// The words of the search index as small integers, each spelling stored once: the index
/// builder counts, weighs and sorts numbers, not strings (issue 12).
///
/// A `[String: …]` dictionary takes canonically equal spellings (a tone mark before or after a
/// vowel below) as one key, the first one it was given. The index always did so, and must keep
/// doing so byte for byte: each spelling has its own id, and `word` names the id of the first
/// spelling of its word, so that an index can count them as one.
final class SearchTerms {
  /// Every spelling met, by id.
  private(set) var spellings: [String] = []
  /// For each id, the id of the first spelling `==` to it (often itself).
  private(set) var word: [Int32] = []
  private var bySpelling: [UTF8Key: Int32] = [:]
  /// Asked only once for each new spelling, never for each token.
  private var byWord: [String: Int32] = [:]

  var count: Int { spellings.count }

  func id(_ spelling: String) -> Int32 {
    if let id = bySpelling[UTF8Key(spelling)] { return id }
    let id = Int32(spellings.count)
    spellings.append(spelling)
    if let first = byWord[spelling] {
      word.append(first)
    } else {
      byWord[spelling] = id
      word.append(id)
    }
    bySpelling[UTF8Key(spelling)] = id
    return id
  }
}

/// What both languages' indexes share while they are built: each index holds both languages'
/// texts, so each text is broken into words once, not once per index (issue 12). The texts
/// are kept only while one procedure is indexed; the tokens, a few thousand, to the end. Not for use
/// from two threads at once (libthai's breaker is not either).
final class SearchIndexing {
  let tokenizer = Tokenizer()
  let terms = SearchTerms()
  /// Markdown text → the ids of its search tokens, in order.
  private var texts: [UTF8Key: [Int32]] = [:]
  /// Token → what `SearchWords.normalize` makes of it: the same few hundred or thousand words
  /// come back in every text.
  private var tokens: [UTF8Key: Token] = [:]

  private struct Token {
    /// Its number words (สิบห้า → สิบ, ห้า), when it is a number.
    let numberWords: [String]?
    /// The id of the word it stands for when it is not a number (stemmed, with Arabic digits);
    /// -1 for a number.
    let term: Int32
  }

  /// The terms of a text, as `tokenizer.searchTokens(Markdown.plainText(markdown))` would spell
  /// them.
  func termIDs(_ markdown: String) -> [Int32] {
    if let known = texts[UTF8Key(markdown)] { return known }
    let ids = normalized(tokenizer.tokens(Markdown.plainText(markdown)))
    texts[UTF8Key(markdown)] = ids
    return ids
  }

  /// Forgets the texts met so far: a procedure's texts come back only in its own documents
  /// (both languages'), and keeping every text's words to the end was memory for nothing.
  func forgetTexts() { texts.removeAll(keepingCapacity: true) }

  /// `SearchWords.normalize`, step for step, with each token's facts looked up once.
  private func normalized(_ tokens: [String]) -> [Int32] {
    let facts = tokens.map(self.facts)
    var out: [Int32] = []
    out.reserveCapacity(facts.count)
    var index = 0
    while index < facts.count {
      var parts: [String] = []
      var end = index
      while end < facts.count, let split = facts[end].numberWords {
        parts += split
        end += 1
      }
      if end > index {
        out.append(terms.id(String(SearchWords.value(of: parts))))
        index = end
      } else {
        out.append(facts[index].term)
        index += 1
      }
    }
    return out
  }

  private func facts(_ token: String) -> Token {
    if let known = tokens[UTF8Key(token)] { return known }
    let numberWords = SearchWords.numberWords(token)
    let facts = Token(
      numberWords: numberWords,
      term: numberWords == nil ? terms.id(SearchWords.stem(SearchWords.arabicDigits(token))) : -1)
    tokens[UTF8Key(token)] = facts
    return facts
  }

}
