import ManualContent

/// `<lang>/search/index.html?q=WORDS`: the script shows the results for WORDS on load. With
/// JavaScript off the page still offers an A–Z index of terms that links to the steps.
enum SearchPage {
  static func html(_ manual: Manual, _ language: Language) -> HTML {
    let context = PageContext(manual: manual, language: language, path: SitePaths.search(language))
    let main: HTML = """
      <h1>\(context.plainUI("search.title"))</h1>
      <form class="guide-search" action="\(SitePaths.pageFile)" method="get" role="search">
      <label for="guide-search-q">\(context.plainUI("search.label"))</label>
      <input id="guide-search-q" name="q" type="search" class="guide-search__input">
      <button type="submit" class="guide-button">\(context.plainUI("search.button"))</button>
      </form>
      <noscript><p class="guide-search__nojs">\(context.rich(context.ui("search.nojs")))</p></noscript>
      <p id="guide-search-status" class="guide-search__status" role="status"\(attribute: "data-found", context.ui("search.found"))\(attribute: "data-none", context.ui("search.none"))\(attribute: "data-missing", context.ui("search.missing"))\(attribute: "data-steps", context.ui("search.steps"))></p>
      <ol id="guide-search-results" class="guide-results"></ol>
      <h2 id="a-z">\(context.plainUI("search.az"))</h2>
      \(AZIndexPage.isSeparate(manual) ? AZIndexPage.link(context) : azIndex(context))
      <script src="\(SitePaths.searchIndexName)"></script>
      <script src="\(context.link(SitePaths.asset("search.js")))"></script>
      """
    return Layout.page(
      context, title: context.ui("search.title"),
      breadcrumbs: [(context.ui("nav.home"), SitePaths.home(language))], main: main,
      searchForm: false)
  }

  /// Glossary terms, procedures and steps, in dictionary order, grouped by their first letter.
  static func azIndex(_ context: PageContext) -> HTML {
    let manual = context.manual
    let language = context.language
    var entries: [(text: String, link: String)] = []
    for term in manual.glossary {
      entries.append((term.term[language], SitePaths.glossary(language, term: term.id)))
    }
    for procedure in manual.procedures {
      entries.append(
        (Markdown.plainText(procedure.title[language]), SitePaths.procedure(procedure.id, language)))
      for step in procedure.steps {
        entries.append(
          (
            Markdown.plainText(step.title[language]),
            SitePaths.procedure(procedure.id, language, anchor: SitePaths.stepAnchor(step.id))
          ))
      }
    }
    // Each entry's key is made once: made inside the comparison, it was an eighth of a large
    // build (issue 12).
    let sorted = entries.map { (key: sortKey($0.text), entry: $0) }
      .sorted { ($0.key, $0.entry.link) < ($1.key, $1.entry.link) }
    var groups: [(String, [(text: String, link: String)])] = []
    for (key, entry) in sorted {
      let letter = initial(key: key)
      if groups.last?.0 == letter {
        groups[groups.count - 1].1.append(entry)
      } else {
        groups.append((letter, [entry]))
      }
    }
    let letters = groups.map { letter, items -> HTML in
      let links = items.map {
        "<li><a href=\"\(context.link($0.link))\">\(context.plain($0.text))</a></li>" as HTML
      }
      return "<h3>\(context.plain(letter))</h3>\n<ul class=\"guide-list\">\n\(links, separator: "\n")\n</ul>"
    }
    return "<div class=\"guide-az\">\n\(letters, separator: "\n")\n</div>"
  }

  /// Thai dictionaries order words by their first consonant, passing over the vowels written
  /// before it (เ แ โ ใ ไ); quotes and brackets are passed over too.
  static func sortKey(_ text: String) -> String {
    var scalars = Array(text.lowercased().unicodeScalars.drop { "‘“(\"'".unicodeScalars.contains($0) })
    if let first = scalars.first, (0x0E40...0x0E44).contains(first.value), scalars.count > 1 {
      scalars.swapAt(0, 1)
    }
    return String(String.UnicodeScalarView(scalars))
  }

  /// The letter a term is filed under: a Thai term under its first consonant, without the tone
  /// marks and vowels written over or under it (ช่วย → ช, not ช่).
  static func initial(_ text: String) -> String { initial(key: sortKey(text)) }

  /// The same, from the text's `sortKey`.
  static func initial(key: String) -> String {
    guard let first = key.unicodeScalars.first else { return "#" }
    return String(first).uppercased()
  }
}
