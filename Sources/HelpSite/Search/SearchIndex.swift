import ManualContent

/// The search index of one language, built when the site is generated and shipped as a
/// `.js` file that sets a global: `fetch` and XHR do not work from `file://`.
struct SearchIndex {
  struct Document {
    /// Link from the search page, e.g. `../external-search/index.html#choose-data`.
    var url: String
    var title: String
    /// Plain text for the snippet: its first 1,000 characters.
    var text: String
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
  var documentCount = 0
  /// The first document of each result (a procedure page or a glossary entry).
  var groupStarts: [Int] = []
  /// Each result's `search-docs-G.js`, written as soon as its documents are all indexed, so
  /// that their titles and texts are not held as strings until the end (issue 12).
  var docsFiles: [[UInt8]] = []
  private var group: Group?
  private var groupDocuments: [Document] = []
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
  private var weights = DocumentWeights()

  init(language: Language, terms: SearchTerms) {
    self.language = language
    self.terms = terms
  }

  /// Both languages' indexes, built side by side, document by document: each index holds both
  /// languages' texts, so a procedure's texts are broken into words once for both, and then
  /// forgotten (`SearchIndexing`), instead of once for each index or kept to the end.
  static func all(_ manual: Manual) -> [SearchIndex] {
    let indexing = SearchIndexing()
    var indexes = Language.allCases.map { SearchIndex(language: $0, terms: indexing.terms) }
    for procedure in manual.procedures {
      for index in indexes.indices { indexes[index].add(procedure, of: manual, indexing: indexing) }
      indexing.forgetTexts()
    }
    for term in manual.glossary {
      for index in indexes.indices { indexes[index].add(term, indexing: indexing) }
      indexing.forgetTexts()
    }
    let synonyms = SearchSynonyms.groups.map { group in
      group.map { indexing.tokenizer.searchTokens($0) }.filter { !$0.isEmpty }
    }
    for index in indexes.indices {
      indexes[index].synonyms += synonyms
      indexes[index].endGroup()
    }
    return indexes
  }

  /// A procedure's page and each of its steps.
  private mutating func add(_ procedure: Procedure, of manual: Manual, indexing: SearchIndexing) {
    let other = language.other
    let page = "../\(procedure.id)/index.html"
    startGroup(url: page, title: procedure.title[language])
    func pageText(_ language: Language) -> [String] {
      [procedure.summary[language]] + procedure.notes.map { $0.text[language] }
        + procedure.gaps.map { $0.text[language] }
    }
    add(
      url: page, title: procedure.title[language],
      fields: [
        (.heading, [procedure.title[language]]), (.body, pageText(language)),
        (.otherHeading, [procedure.title[other]]), (.otherBody, [procedure.summary[other]]),
      ], indexing: indexing)
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
        url: "\(page)#\(step.id)", title: step.title[language],
        fields: [
          (.heading, [step.title[language]]), (.label, labels(language)), (.body, texts(language)),
          (.otherHeading, [step.title[other]]), (.otherLabel, labels(other)), (.otherBody, texts(other)),
        ], indexing: indexing)
    }
  }

  /// A glossary entry, which is a result of its own.
  private mutating func add(_ term: GlossaryTerm, indexing: SearchIndexing) {
    let other = language.other
    let url = "../glossary/index.html#\(term.id)"
    let title = "\(term.term[language]) (\(term.term[other]))"
    startGroup(url: url, title: title)
    add(
      url: url, title: title,
      fields: [
        (.label, [term.term[language]]), (.body, [term.meaning[language]]),
        (.otherLabel, [term.term[other]]), (.otherBody, [term.meaning[other]]),
      ], indexing: indexing)
    synonyms.append([
      indexing.tokenizer.searchTokens(term.term.th), indexing.tokenizer.searchTokens(term.term.en),
    ])
  }

  private func plain(_ markdown: String) -> String { Markdown.plainText(markdown) }

  /// Words in “quotes” in a step are the screen's own labels (“ส่งแล้ว”).
  static func quoted(_ text: String) -> [String] {
    // Most steps quote nothing: without the bytes of “ the split by grapheme finds nothing.
    guard text.hasUTF8Byte(where: { $0 == 0xE2 }) else { return [] }
    return text.split(separator: "“").dropFirst().compactMap {
      $0.split(separator: "”").first.map(String.init)
    }
  }

  /// Ends the result being indexed (its file is written) and begins the next.
  private mutating func startGroup(url: String, title: String) {
    endGroup()
    groupStarts.append(documentCount)
    group = Group(url: url, title: plain(title))
  }

  mutating func endGroup() {
    guard let group else { return }
    docsFiles.append(Self.docsFile(docsFiles.count, group, groupDocuments))
    groupDocuments.removeAll()
    self.group = nil
  }

  /// Indexes a document: each word counts once, with the weight of the best field it is in.
  private mutating func add(
    url: String, title: String, fields: [(Field, [String])], indexing: SearchIndexing
  ) {
    let index = documentCount
    documentCount += 1
    let body = fields.filter { $0.0 == .body }.flatMap(\.1).map(plain).joined(separator: " ")
    groupDocuments.append(Document(url: url, title: plain(title), text: Self.snippet(body)))
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
  /// Both languages' search index files, as `guide build` makes them (for the benchmarks).
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
