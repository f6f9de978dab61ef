import Foundation
import ManualContent

/// One file of the site, with what in the content it is made from, so that `guide serve` can
/// render again only the files an edit touches. The list is the same as `SiteFiles.render`'s
/// (a test renders both and compares every byte).
public struct SitePage: Sendable {
  /// What in the content a page reads, from the narrowest to the widest.
  public enum Source: Sendable, Hashable {
    /// Fixed text (stylesheets, scripts): the same whatever the content says.
    case fixed
    /// One procedure's own pages (its page and its slide deck), plus the shared files.
    case procedure(String)
    /// Pages that name every procedure by its title (home, glossary, finder, root).
    case everyProcedure
    /// Pages that hold every procedure's full text (print, the manual's deck, the search page
    /// and its index): the slowest to render, which a preview may render after the rest.
    case everyProcedureInFull
  }

  public let path: String
  public let source: Source
  private let make: @Sendable () -> String

  init(_ path: String, _ source: Source, _ make: @escaping @Sendable () -> String) {
    self.path = path
    self.source = source
    self.make = make
  }

  public func render() -> Data { Data(make().utf8) }
}

extension SiteFiles {
  /// Every page and asset of the site (not the images), each able to render on its own.
  public static func pages(_ manual: Manual) -> [SitePage] {
    var pages: [SitePage] = [
      SitePage("index.html", .everyProcedure) { RootPage.html(manual) },
      SitePage("assets/guide.css", .fixed) { Stylesheet.css },
      SitePage("assets/guide.js", .fixed) { Script.js },
      SitePage("assets/search.js", .fixed) { SearchScript.js },
      SitePage("assets/slides.js", .fixed) { SlidesScript.js },
      SitePage("assets/slides.css", .fixed) { SlidesStylesheet.css },
    ]
    for language in Language.allCases {
      pages += [
        SitePage(SearchPage.path(language), .everyProcedureInFull) { SearchPage.html(manual, language) },
        // libthai's breaker is not shared between threads: each index gets its own.
        SitePage("\(language.rawValue)/search/search-index.js", .everyProcedureInFull) {
          SearchIndex(manual: manual, language: language, tokenizer: Tokenizer()).javascript()
        },
        SitePage(PrintPage.path(language), .everyProcedureInFull) { PrintPage.html(manual, language) },
        SitePage(SlidesPage.manualPath(language), .everyProcedureInFull) {
          SlidesPage.manualDeck(manual, language)
        },
        SitePage("\(language.rawValue)/index.html", .everyProcedure) { HomePage.html(manual, language) },
        SitePage("\(language.rawValue)/glossary/index.html", .everyProcedure) {
          GlossaryPage.html(manual, language)
        },
      ]
      for procedure in manual.procedures {
        pages += [
          SitePage(ProcedurePage.path(procedure, language), .procedure(procedure.id)) {
            ProcedurePage.html(manual, procedure, language)
          },
          SitePage(SlidesPage.path(procedure, language), .procedure(procedure.id)) {
            SlidesPage.procedureDeck(manual, procedure, language)
          },
        ]
      }
      for question in manual.finder.questions {
        pages.append(
          SitePage(FinderPage.path(manual.finder, question.id, language), .everyProcedure) {
            FinderPage.html(manual, question, language)
          })
      }
    }
    return pages
  }

  /// The figures the procedures show, by their path in the site (`assets/<image>`), read
  /// from the content folder; `known` are reused instead of read again.
  public static func images(
    _ manual: Manual, contentDirectory: URL, known: [String: Data] = [:]
  ) throws -> [String: Data] {
    let names = Set(
      manual.procedures.flatMap { procedure in
        ([procedure.figure] + procedure.steps.map(\.figure)).compactMap { $0?.image }
      })
    var images: [String: Data] = [:]
    for name in names {
      let path = "assets/\(name)"
      images[path] = try known[path] ?? Data(contentsOf: contentDirectory.appendingPathComponent(name))
    }
    return images
  }
}
