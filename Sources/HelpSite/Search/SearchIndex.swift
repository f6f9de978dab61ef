import ManualContent

/// The search index of one language, built when the site is generated and shipped as a
/// `.js` file that sets a global: `fetch` and XHR do not work from `file://`.
struct SearchIndex {
  struct Document {
    /// Link from the search page, e.g. `../external-search/index.html#choose-data`.
    var url: String
    var title: String
    /// Plain text for the snippet.
    var text: String
    /// The result it is listed under: its procedure's page, or its own glossary entry.
    var group: Int
  }

  /// A result as listed: a procedure page or a glossary entry, with its steps beneath it.
  struct Group {
    var url: String
    var title: String
  }

  /// How much a word counts by where it stands, in the spirit of BM25F: headings above screen
  /// labels and glossary terms, above body text; the other language's words count least.
  enum Field: Int {
    case heading = 30
    case label = 20
    case body = 10
    case otherHeading = 6
    case otherLabel = 4
    case otherBody = 3

    /// From the heaviest to the lightest.
    static let all: [Field] = [.heading, .label, .body, .otherHeading, .otherLabel, .otherBody]
  }

  let language: Language
  var documents: [Document] = []
  var groups: [Group] = []
  /// The ids (`SearchTerms`) of the index's words: for each word, the spelling it is written
  /// with (the first one this index met), or -1 while it is not in the index.
  var spelling: [Int32] = []
  /// For each word (by id), its documents in order, each as `document << 3 | field`, where
  /// `field` is the index of its `Field` in `Field.all`: a few bytes a posting, where
  /// `[String: [[Int]]]` took an array of two numbers each.
  var postings: [[UInt32]] = []
  /// Groups of token lists that find each other: glossary terms in both languages, and the
  /// general words of SearchSynonyms.
  var synonyms: [[[String]]] = []
  let terms: SearchTerms

  init(manual: Manual, language: Language, indexing: SearchIndexing) {
    self.language = language
    terms = indexing.terms
    let other = language.other
    var weights = DocumentWeights()
    for procedure in manual.procedures {
      let page = "../\(procedure.id)/index.html"
      let group = addGroup(url: page, title: procedure.title[language])
      func pageText(_ language: Language) -> [String] {
        [procedure.summary[language]] + procedure.notes.map { $0.text[language] }
          + procedure.gaps.map { $0.text[language] }
      }
      add(
        url: page, title: procedure.title[language], group: group,
        fields: [
          (.heading, [procedure.title[language]]), (.body, pageText(language)),
          (.otherHeading, [procedure.title[other]]), (.otherBody, [procedure.summary[other]]),
        ], indexing: indexing, weights: &weights)
      for step in procedure.steps {
        func labels(_ language: Language) -> [String] {
          (step.figure?.callouts.map { $0.label[language] } ?? [])
            + step.attachmentRoleIDs.compactMap { manual.attachmentRole($0)?.title[language] }
            + step.fieldIDs.compactMap { manual.field($0)?.label[language] }
            + Self.quoted(step.text[language])
        }
        func texts(_ language: Language) -> [String] {
          [step.text[language]] + (step.optionsIntro.map { [$0[language]] } ?? [])
            + step.options.map { $0[language] } + step.notes.map { $0.text[language] }
            + step.gaps.map { $0.text[language] } + [procedure.title[language]]
        }
        add(
          url: "\(page)#\(step.id)", title: step.title[language], group: group,
          fields: [
            (.heading, [step.title[language]]), (.label, labels(language)), (.body, texts(language)),
            (.otherHeading, [step.title[other]]), (.otherLabel, labels(other)), (.otherBody, texts(other)),
          ], indexing: indexing, weights: &weights)
      }
    }
    for term in manual.glossary {
      let url = "../glossary/index.html#\(term.id)"
      let title = "\(term.term[language]) (\(term.term[other]))"
      add(
        url: url, title: title, group: addGroup(url: url, title: title),
        fields: [
          (.label, [term.term[language]]), (.body, [term.meaning[language]]),
          (.otherLabel, [term.term[other]]), (.otherBody, [term.meaning[other]]),
        ], indexing: indexing, weights: &weights)
      synonyms.append([
        indexing.tokenizer.searchTokens(term.term.th), indexing.tokenizer.searchTokens(term.term.en),
      ])
    }
    for group in SearchSynonyms.groups {
      synonyms.append(group.map { indexing.tokenizer.searchTokens($0) }.filter { !$0.isEmpty })
    }
  }

  /// Both languages' indexes, built one after the other so that each text is broken into
  /// words once (in `Language.allCases` order).
  static func all(_ manual: Manual) -> [SearchIndex] {
    let indexing = SearchIndexing()
    return Language.allCases.map { SearchIndex(manual: manual, language: $0, indexing: indexing) }
  }

  private func plain(_ markdown: String) -> String { Markdown.plainText(markdown) }

  /// Words in “quotes” in a step are the screen's own labels (“ส่งแล้ว”).
  static func quoted(_ text: String) -> [String] {
    // Most steps quote nothing: without the bytes of “ the split by grapheme finds nothing.
    guard text.utf8.contains(0xE2) else { return [] }
    return text.split(separator: "“").dropFirst().compactMap {
      $0.split(separator: "”").first.map(String.init)
    }
  }

  private mutating func addGroup(url: String, title: String) -> Int {
    groups.append(Group(url: url, title: plain(title)))
    return groups.count - 1
  }

  /// Indexes a document: each word counts once, with the weight of the best field it is in.
  private mutating func add(
    url: String, title: String, group: Int, fields: [(Field, [String])], indexing: SearchIndexing,
    weights: inout DocumentWeights
  ) {
    let index = documents.count
    let body = fields.filter { $0.0 == .body }.flatMap(\.1).map(plain).joined(separator: " ")
    documents.append(Document(url: url, title: plain(title), text: Self.snippet(body), group: group))
    for (field, texts) in fields {
      let rank = UInt8(Field.all.firstIndex(of: field)!)
      for text in texts {
        for id in indexing.termIDs(text) {
          // Canonically equal spellings are one word, written as this index first met it.
          let word = Int(terms.word[Int(id)])
          if word >= spelling.count {
            spelling += repeatElement(-1, count: word + 1 - spelling.count)
            postings += repeatElement([], count: word + 1 - postings.count)
          }
          if spelling[word] < 0 { spelling[word] = id }
          weights.note(word, rank)
        }
      }
    }
    weights.drain { word, rank in postings[word].append(UInt32(index) << 3 | UInt32(rank)) }
  }

  /// The text a result shows: its first 1,000 characters.
  static func snippet(_ text: String) -> String {
    // A character is at least one scalar, so a text of at most 1,000 scalars is its own prefix
    // (and is not walked grapheme by grapheme).
    text.unicodeScalars.count <= 1000 ? text : String(text.prefix(1000))
  }
}

extension SiteFiles {
  /// Each language's search index files, built on their own (for the benchmarks).
  public static func searchIndexes(_ manual: Manual) -> [[UInt8]] {
    SearchIndex.all(manual).flatMap { $0.files().map(\.bytes) }
  }
}

/// The weights of one document's words, by word id: the best field (lowest rank) each is in.
/// One array for the whole index, cleared after each document, instead of a dictionary each.
struct DocumentWeights {
  private var best: [UInt8] = []
  private var met: [Int] = []

  mutating func note(_ word: Int, _ rank: UInt8) {
    if word >= best.count { best += repeatElement(UInt8.max, count: word + 1 - best.count) }
    if best[word] == UInt8.max { met.append(word) }
    best[word] = min(best[word], rank)
  }

  /// Hands each word met and its rank to `body`, and forgets them.
  mutating func drain(_ body: (Int, UInt8) -> Void) {
    for word in met {
      body(word, best[word])
      best[word] = UInt8.max
    }
    met.removeAll(keepingCapacity: true)
  }
}
