import ManualContent

/// The search index as script files a query loads on demand (issue 11): `fetch` and XHR do not
/// work from `file://`, but an inserted `<script>` does. The page loads one small first file;
/// a query then loads only the term files of its words and the files of the pages it lists.
///
/// - `search-index.js`: every word of the index (for Thai word breaking, prefixes and typos),
///   where each page's documents start, the synonyms, and each word's term file.
/// - `search-terms-K.js`: the postings of the words of file K (about 12 KB; the words a query
///   looks up together share a file, see `SearchTermFiles`).
/// - `search-docs-G.js`: the title, link and text of result G (a page or glossary entry) and
///   of its steps, for listing it.
/// When one term file would do (the real manual), it is in `search-index.js`.
extension SearchIndex {
  /// Postings as text: each document as the base-36 gap from the one before, then its weight's
  /// letter, A for a heading to F for the other language's body (`0A3C…`), about a third of the
  /// bytes of a JSON array.
  static func encode(_ postings: [UInt32]) -> [UInt8] {
    var out = SearchJSON(capacity: postings.count * 3)
    var previous = 0
    for posting in postings {
      let document = Int(posting >> 3)
      out.base36(document - previous)
      out.byte(UInt8(ascii: "A") + UInt8(posting & 7))
      previous = document
    }
    return out.bytes
  }

  /// The index's words (ids of `SearchTerms`), sorted by their spelling with `String`'s `<` as
  /// they always were; only a few thousand, so sorting strings costs little here.
  func sortedWords() -> [Int] {
    spelling.indices.filter { spelling[$0] >= 0 }.sorted {
      terms.spellings[Int(spelling[$0])] < terms.spellings[Int(spelling[$1])]
    }
  }

  /// How many term files there are and which one each word (in sorted order) is in, from the
  /// bytes each word takes. One file (inlined in the first) for a small manual; for a large
  /// one, files of about 12 KB of postings, the words a query looks up together in one
  /// (`SearchTermFiles`: each file a query inserts costs the browser a round of its own).
  func termFiles(_ words: [String], sizes: [Int]) -> (count: Int, fileOfWord: [Int]) {
    guard sizes.reduce(0, +) >= 32_000 else { return (1, words.map { _ in 0 }) }
    let files = SearchTermFiles(terms: words, sizes: sizes, synonyms: synonyms, bytesEach: 12_000)
    return (files.count, files.fileOfTerm)
  }

  /// Every file of the index, by name in `<lang>/search/`.
  func files() -> [(name: String, bytes: [UInt8])] {
    let words = sortedWords()
    let names = words.map { terms.spellings[Int(spelling[$0])] }
    let encoded = words.map { Self.encode(postings[$0]) }
    let (count, fileOfWord) = termFiles(
      names, sizes: zip(names, encoded).map { $0.utf8.count + $1.count + 6 })
    var shards = [[Int]](repeating: [], count: count)
    for word in names.indices { shards[fileOfWord[word]].append(word) }
    // `"tK":{"word":"postings",…}`, the body of term file K.
    let termBodies = shards.enumerated().map { number, words in
      var out = SearchJSON()
      out.raw("\"t")
      out.number(number)
      out.raw("\":{")
      for (position, word) in words.enumerated() {
        if position > 0 { out.raw(",") }
        out.string(names[word])
        out.raw(":\"")
        out.raw(encoded[word])
        out.raw("\"")
      }
      out.raw("}")
      return out.bytes
    }
    var files: [(name: String, bytes: [UInt8])] = []
    for (number, body) in termBodies.enumerated() {
      files.append(("search-terms-\(number).js", Self.shardCall(body)))
    }
    for (number, bytes) in docsFiles.enumerated() { files.append(("search-docs-\(number).js", bytes)) }
    // A small manual's one term file goes into the first file, so a query loads only the
    // files of the results it lists; inlining those too would break the 60 KB page budget.
    let inline = count == 1
    var first = SearchJSON()
    first.raw("var GUIDE_SEARCH_INDEX = {\"documentCount\":")
    first.number(documentCount)
    if inline {
      first.raw(",\"files\":{")
      first.raw(termBodies[0])
      first.raw("}")
    }
    first.raw(",\"groupStarts\":[\(groupStarts.map(String.init).joined(separator: ","))]")
    first.raw(",\"language\":")
    first.string(language.rawValue)
    first.raw(",\"synonyms\":[")
    for (number, group) in synonyms.enumerated() {
      first.raw(number > 0 ? ",[" : "[")
      for (position, tokens) in group.enumerated() {
        first.raw(position > 0 ? ",[" : "[")
        for (index, token) in tokens.enumerated() {
          if index > 0 { first.raw(",") }
          first.string(token)
        }
        first.raw("]")
      }
      first.raw("]")
    }
    // Each word's term file, in the order of `terms` (none for a small manual's one file).
    first.raw("],\"termFiles\":[")
    if !inline { first.raw(fileOfWord.map(String.init).joined(separator: ",")) }
    first.raw("]")
    first.raw(",\"terms\":")
    first.string(names.joined(separator: " "))
    guard inline else {
      first.raw("};\n")
      return [("search-index.js", first.bytes)] + files
    }
    // ...and its results' files are one file, loaded once, whatever the query lists.
    first.raw(",\"resultsInOne\":true};\n")
    return [
      ("search-index.js", first.bytes),
      ("search-docs.js", Array(files.dropFirst(count).map(\.bytes).joined())),
    ]
  }

  /// `GUIDE_SEARCH_SHARD("tK",{…});`: a shard file, from its `"tK":{…}` body.
  private static func shardCall(_ body: [UInt8]) -> [UInt8] {
    let colon = body.firstIndex(of: UInt8(ascii: ":"))!
    var out = SearchJSON(capacity: body.count + 24)
    out.raw("GUIDE_SEARCH_SHARD(")
    out.raw(Array(body[..<colon]))
    out.raw(",")
    out.raw(Array(body[(colon + 1)...]))
    out.raw(");\n")
    return out.bytes
  }

  /// The file of result `number`: its title and link, and the title, link and text of each of
  /// its documents.
  static func docsFile(_ number: Int, _ group: Group, _ documents: [Document]) -> [UInt8] {
    var out = SearchJSON()
    out.raw("GUIDE_SEARCH_SHARD(\"g")
    out.number(number)
    out.raw("\",{\"d\":[")
    for (position, document) in documents.enumerated() {
      out.raw(position > 0 ? ",{\"t\":" : "{\"t\":")
      out.string(document.title)
      out.raw(",\"u\":")
      out.string(document.url)
      out.raw(",\"x\":")
      out.string(document.text)
      out.raw("}")
    }
    out.raw("],\"t\":")
    out.string(group.title)
    out.raw(",\"u\":")
    out.string(group.url)
    out.raw("});\n")
    return out.bytes
  }
}
