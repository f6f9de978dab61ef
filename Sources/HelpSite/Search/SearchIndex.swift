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
  }

  let language: Language
  var documents: [Document] = []
  var groups: [Group] = []
  /// Word → [document, weight] pairs.
  var postings: [String: [[Int]]] = [:]
  /// Groups of token lists that find each other: glossary terms in both languages, and the
  /// general words of SearchSynonyms.
  var synonyms: [[[String]]] = []

  init(manual: Manual, language: Language, tokenizer: Tokenizer) {
    self.language = language
    let other = language.other
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
        ], tokenizer: tokenizer)
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
          ], tokenizer: tokenizer)
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
        ], tokenizer: tokenizer)
      synonyms.append([tokenizer.searchTokens(term.term.th), tokenizer.searchTokens(term.term.en)])
    }
    for group in SearchSynonyms.groups {
      synonyms.append(group.map { tokenizer.searchTokens($0) }.filter { !$0.isEmpty })
    }
  }

  private func plain(_ markdown: String) -> String { Markdown.plainText(markdown) }

  /// Words in “quotes” in a step are the screen's own labels (“ส่งแล้ว”).
  static func quoted(_ text: String) -> [String] {
    text.split(separator: "“").dropFirst().compactMap { $0.split(separator: "”").first.map(String.init) }
  }

  private mutating func addGroup(url: String, title: String) -> Int {
    groups.append(Group(url: url, title: plain(title)))
    return groups.count - 1
  }

  /// Indexes a document: each word counts once, with the weight of the best field it is in.
  private mutating func add(
    url: String, title: String, group: Int, fields: [(Field, [String])], tokenizer: Tokenizer
  ) {
    let index = documents.count
    let body = fields.filter { $0.0 == .body }.flatMap(\.1).map(plain).joined(separator: " ")
    documents.append(Document(url: url, title: plain(title), text: body, group: group))
    var weights: [String: Int] = [:]
    for (field, texts) in fields {
      for text in texts {
        for token in tokenizer.searchTokens(plain(text)) {
          weights[token] = max(weights[token] ?? 0, field.rawValue)
        }
      }
    }
    for (token, weight) in weights { postings[token, default: []].append([index, weight]) }
  }

  /// A JSON string literal. `<` and `/` are escaped too, so the index can never close the
  /// script element it is loaded by.
  static func json(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<": out += "\\u003c"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          out +=
            "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
            + String(scalar.value, radix: 16)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}

extension SiteFiles {
  /// Each language's search index files, built on their own (for the benchmarks).
  public static func searchIndexes(_ manual: Manual) -> [String] {
    Language.allCases.flatMap {
      SearchIndex(manual: manual, language: $0, tokenizer: Tokenizer()).files().map(\.text)
    }
  }
}
