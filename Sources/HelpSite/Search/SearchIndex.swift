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
  }

  let language: Language
  var documents: [Document] = []
  /// Word → [document, weight ×10] pairs.
  var postings: [String: [[Int]]] = [:]
  /// Glossary terms as pairs of token lists, so a word in one language finds the other.
  var synonyms: [[[String]]] = []

  init(manual: Manual, language: Language, tokenizer: Tokenizer) {
    self.language = language
    let other = language.other
    for procedure in manual.procedures {
      let pageText =
        [procedure.summary[language]] + procedure.notes.map { $0.text[language] }
        + procedure.gaps.map { $0.text[language] }
      add(
        url: "../\(procedure.id)/index.html", title: procedure.title[language], text: pageText,
        otherTitle: procedure.title[other], otherText: [procedure.summary[other]], tokenizer: tokenizer)
      for step in procedure.steps {
        func texts(_ language: Language) -> [String] {
          [step.text[language]] + (step.optionsIntro.map { [$0[language]] } ?? [])
            + step.options.map { $0[language] }
            + step.notes.map { $0.text[language] } + (step.figure?.callouts.map { $0.label[language] } ?? [])
            + step.attachmentRoleIDs.compactMap { manual.attachmentRole($0)?.title[language] }
        }
        add(
          url: "../\(procedure.id)/index.html#\(step.id)",
          title: "\(plain(procedure.title[language])) · \(plain(step.title[language]))",
          text: texts(language),
          otherTitle: step.title[other], otherText: texts(other), tokenizer: tokenizer)
      }
    }
    for term in manual.glossary {
      add(
        url: "../glossary/index.html#\(term.id)", title: "\(term.term[language]) (\(term.term[other]))",
        text: [term.meaning[language]], otherTitle: term.term[other], otherText: [term.meaning[other]],
        tokenizer: tokenizer)
      synonyms.append([tokenizer.tokens(term.term.th), tokenizer.tokens(term.term.en)])
    }
  }

  private func plain(_ markdown: String) -> String { Markdown.plainText(markdown) }

  /// Indexes a document: its title weighs most, then its text; the other language's words
  /// weigh least, so an English word can still find a Thai page.
  private mutating func add(
    url: String, title: String, text: [String], otherTitle: String, otherText: [String], tokenizer: Tokenizer
  ) {
    let index = documents.count
    let body = text.map(plain).joined(separator: " ")
    documents.append(Document(url: url, title: plain(title), text: body))
    var weights: [String: Int] = [:]
    for (part, weight) in [
      (title, 30), (body, 10), (otherTitle, 6), (otherText.map(plain).joined(separator: " "), 3),
    ] {
      for token in tokenizer.tokens(plain(part)) { weights[token] = max(weights[token] ?? 0, weight) }
    }
    for (token, weight) in weights { postings[token, default: []].append([index, weight]) }
  }

  /// `var GUIDE_SEARCH_INDEX = {…};` with sorted keys, so builds stay byte-identical. Written
  /// by hand: Foundation's JSONSerialization took a sixth of a large build (BENCHMARKS.md).
  func javascript() -> String {
    var out = "var GUIDE_SEARCH_INDEX = {\"documents\":["
    out += documents.map {
      "{\"t\":\(Self.json($0.title)),\"u\":\(Self.json($0.url)),\"x\":\(Self.json($0.text))}"
    }
    .joined(separator: ",")
    out += "],\"language\":\(Self.json(language.rawValue)),\"postings\":{"
    out += postings.keys.sorted().map { key in
      Self.json(key) + ":[" + postings[key]!.map { "[\($0[0]),\($0[1])]" }.joined(separator: ",") + "]"
    }.joined(separator: ",")
    out += "},\"synonyms\":["
    out += synonyms.map { pair in
      "[" + pair.map { "[" + $0.map(Self.json).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
    }.joined(separator: ",")
    return out + "]};\n"
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
  /// Each language's search index script, built on its own (for the benchmarks).
  public static func searchIndexes(_ manual: Manual) -> [String] {
    Language.allCases.map { SearchIndex(manual: manual, language: $0, tokenizer: Tokenizer()).javascript() }
  }
}
