import ManualContent

/// The search index as script files a query loads on demand (issue 11): `fetch` and XHR do not
/// work from `file://`, but an inserted `<script>` does. The page loads one small first file;
/// a query then loads only the term files of its words and the files of the pages it lists.
///
/// - `search-index.js`: every word of the index (for Thai word breaking, prefixes and typos),
///   where each page's documents start, the synonyms, and how many term files there are.
/// - `search-terms-K.js`: the postings of the words of file K (about 12 KB; the words a query
///   looks up together share a file, see `SearchTermFiles`).
/// - `search-docs-G.js`: the title, link and text of result G (a page or glossary entry) and
///   of its steps, for listing it.
/// When one term file would do (the real manual), it is in `search-index.js`.
extension SearchIndex {
  /// Weights as one letter each in the postings text (see `Field`).
  static let weightLetters: [Int: Character] = [30: "A", 20: "B", 10: "C", 6: "D", 4: "E", 3: "F"]

  /// Postings as text: each document as the base-36 gap from the one before, then its weight's
  /// letter (`0A3C…`), about a third of the bytes of a JSON array.
  static func encode(_ postings: [[Int]]) -> String {
    var out = ""
    var previous = 0
    for posting in postings.sorted(by: { $0[0] < $1[0] }) {
      out += String(posting[0] - previous, radix: 36) + String(weightLetters[posting[1]] ?? "C")
      previous = posting[0]
    }
    return out
  }

  /// Every file of the index, by name in `<lang>/search/`.
  func files() -> [(name: String, text: String)] {
    let encoded = postings.mapValues(Self.encode)
    let sortedTerms = postings.keys.sorted()
    let bytes = encoded.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count + 6 }
    // One file (inlined in the first) for a small manual; for a large one, files of about
    // 12 KB of postings, the words a query looks up together in one (SearchTermFiles).
    let termFiles =
      bytes < 32_000
      ? nil
      : SearchTermFiles(
        terms: sortedTerms, bytes: { $0.utf8.count + encoded[$0]!.utf8.count + 6 }, synonyms: synonyms,
        bytesEach: 12_000)
    let count = termFiles?.count ?? 1
    var shards = [[String]](repeating: [], count: count)
    for (number, term) in sortedTerms.enumerated() { shards[termFiles?.fileOfTerm[number] ?? 0].append(term) }
    var files: [(String, String)] = []
    for (number, terms) in shards.enumerated() {
      let body = terms.map { Self.json($0) + ":" + Self.json(encoded[$0]!) }.joined(separator: ",")
      files.append(("search-terms-\(number).js", "GUIDE_SEARCH_SHARD(\"t\(number)\",{\(body)});\n"))
    }
    var starts: [Int] = []
    for (number, document) in documents.enumerated() where starts.count <= document.group {
      starts.append(number)
    }
    for (number, group) in groups.enumerated() {
      let end = number + 1 < starts.count ? starts[number + 1] : documents.count
      let docs = documents[starts[number]..<end].map {
        "{\"t\":\(Self.json($0.title)),\"u\":\(Self.json($0.url)),\"x\":\(Self.json(String($0.text.prefix(1000))))}"
      }
      files.append(
        (
          "search-docs-\(number).js",
          "GUIDE_SEARCH_SHARD(\"g\(number)\",{\"d\":[\(docs.joined(separator: ","))],\"t\":\(Self.json(group.title)),\"u\":\(Self.json(group.url))});\n"
        ))
    }
    // A small manual's one term file goes into the first file, so a query loads only the
    // files of the results it lists; inlining those too would break the 60 KB page budget.
    let inline = count == 1
    var first = "var GUIDE_SEARCH_INDEX = {\"documentCount\":\(documents.count)"
    if inline {
      let loaded = files.prefix(count).map { file in
        let call = file.1.dropFirst("GUIDE_SEARCH_SHARD(".count).dropLast(");\n".count)
        let comma = call.firstIndex(of: ",")!
        return "\(call[..<comma]):\(call[call.index(after: comma)...])"
      }
      first += ",\"files\":{\(loaded.joined(separator: ","))}"
    }
    first += ",\"groupStarts\":[\(starts.map(String.init).joined(separator: ","))]"
    first += ",\"language\":\(Self.json(language.rawValue)),\"synonyms\":["
    first += synonyms.map { group in
      "[" + group.map { "[" + $0.map(Self.json).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
    }.joined(separator: ",")
    first +=
      "],\"termFiles\":[\((termFiles?.fileOfTerm ?? []).map(String.init).joined(separator: ","))],\"terms\":\(Self.json(sortedTerms.joined(separator: " ")))};\n"
    guard inline else { return [("search-index.js", first)] + files }
    // ...and its results' files are one file, loaded once, whatever the query lists.
    first = first.dropLast(3) + ",\"resultsInOne\":true};\n"
    return [("search-index.js", first), ("search-docs.js", files.dropFirst(count).map(\.1).joined())]
  }
}
