import Foundation
import ManualContent

/// Every file of the site, by path below the site root, rendered in memory. Keeping the
/// render apart from the writing lets a failed build leave the previous site untouched.
public struct SiteFiles {
  public private(set) var files: [String: Data] = [:]

  mutating func add(_ path: String, _ text: String) { files[path] = Data(text.utf8) }
  mutating func add(_ path: String, _ data: Data) { files[path] = data }

  /// Renders the whole site for both languages.
  public static func render(_ manual: Manual, contentDirectory: URL) throws -> SiteFiles {
    var site = SiteFiles()
    site.add("index.html", RootPage.html(manual))
    site.add("assets/guide.css", Stylesheet.css)
    site.add("assets/guide.js", Script.js)
    site.add("assets/search.js", SearchScript.js)
    site.add("assets/slides.js", SlidesScript.js)
    site.add("assets/slides.css", SlidesStylesheet.css)
    let tokenizer = Tokenizer()
    for language in Language.allCases {
      let code = language.rawValue
      site.add(SearchPage.path(language), SearchPage.html(manual, language))
      site.add(PrintPage.path(language), PrintPage.html(manual, language))
      site.add(SlidesPage.manualPath(language), SlidesPage.manualDeck(manual, language))
      site.add(
        "\(code)/search/search-index.js",
        SearchIndex(manual: manual, language: language, tokenizer: tokenizer).javascript())
      site.add("\(code)/index.html", HomePage.html(manual, language))
      site.add("\(code)/glossary/index.html", GlossaryPage.html(manual, language))
      for procedure in manual.procedures {
        site.add(ProcedurePage.path(procedure, language), ProcedurePage.html(manual, procedure, language))
        site.add(SlidesPage.path(procedure, language), SlidesPage.procedureDeck(manual, procedure, language))
      }
      for question in manual.finder.questions {
        site.add(
          FinderPage.path(manual.finder, question.id, language), FinderPage.html(manual, question, language))
      }
    }
    let images = Set(
      manual.procedures.flatMap { procedure in
        ([procedure.figure] + procedure.steps.map(\.figure)).compactMap { $0?.image }
      })
    for image in images.sorted() {
      site.add("assets/\(image)", try Data(contentsOf: contentDirectory.appendingPathComponent(image)))
    }
    return site
  }
}
