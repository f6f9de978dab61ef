import Dispatch
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
  private let make: @Sendable () -> [UInt8]

  init(_ path: String, _ source: Source, _ make: @escaping @Sendable () -> [UInt8]) {
    self.path = path
    self.source = source
    self.make = make
  }

  init(_ path: String, _ source: Source, text: @escaping @Sendable () -> String) {
    self.init(path, source) { Array(text().utf8) }
  }

  init(_ path: String, _ source: Source, html: @escaping @Sendable () -> HTML) {
    self.init(path, source) { html().bytes }
  }

  public func render() -> Data { Data(make()) }

  /// The file's bytes, as the site writer streams them.
  func bytes() -> [UInt8] { make() }
}

/// Files whose names are known only once they are made: one language's search index, as
/// many shard files as its size needs (Search/SearchShards.swift). Made together, on first
/// use, so that `guide serve` does not make both indexes before it can serve an edited page.
public struct SiteFileGroup: Sendable {
  public let language: Language
  private let make: @Sendable () -> [(name: String, bytes: [UInt8])]

  init(language: Language, make: @escaping @Sendable () -> [(name: String, bytes: [UInt8])]) {
    self.language = language
    self.make = make
  }

  /// Whether `path` is one this group may make: `<lang>/search/search-….js`.
  public func owns(_ path: String) -> Bool {
    let folder = SitePaths.searchFile(language, "")
    guard path.hasPrefix(folder) else { return false }
    let name = path.dropFirst(folder.count)
    return name.hasPrefix("search-") && name.hasSuffix(".js") && !name.contains("/")
  }

  /// Every file of the group, as pages ready to render (their text is made already).
  public func pages() -> [SitePage] {
    make().map { file in
      let bytes = file.bytes
      return SitePage(SitePaths.searchFile(language, file.name), .everyProcedureInFull) { bytes }
    }
  }
}

extension SiteFiles {
  /// Every page and asset of the site (not the images), each able to render on its own: the
  /// one list that `render` (the whole site) and `guide serve` (only what an edit touches) use.
  public static func pages(_ manual: Manual) -> [SitePage] {
    let (pages, searchIndexes) = pagesAndSearchIndexes(manual)
    // Both languages' indexes at once: the first to ask builds both (SharedSearchIndexes), then
    // each writes its own files on its own core.
    let made = SearchIndexFiles(count: searchIndexes.count)
    DispatchQueue.concurrentPerform(iterations: searchIndexes.count) { index in
      made.set(index, searchIndexes[index].pages())
    }
    let fixed = 1 + FrontEnd.siteFiles.count
    return Array(pages[..<fixed]) + (0..<searchIndexes.count).flatMap(made.value) + pages[fixed...]
  }

  /// The same files, with each language's search index left to make when it is needed.
  public static func pagesAndSearchIndexes(_ manual: Manual) -> (
    pages: [SitePage], searchIndexes: [SiteFileGroup]
  ) {
    var pages: [SitePage] = [SitePage(SitePaths.root, .everyProcedure, html: { RootPage.html(manual) })]
    for asset in FrontEnd.siteFiles {
      let text = asset.text
      pages.append(SitePage(asset.path, .fixed, text: { text }))
    }
    let shared = SharedSearchIndexes(manual)
    let searchIndexes = Language.allCases.map { language in
      SiteFileGroup(language: language) { shared.files(language) }
    }
    // The browser pre-check's scripts and data, in both languages.
    for file in CheckPage.lazyFiles(manual) {
      pages.append(SitePage(file.path, .everyProcedure, file.make))
    }
    for language in Language.allCases {
      pages += [
        SitePage(
          SitePaths.search(language), .everyProcedureInFull, html: { SearchPage.html(manual, language) }),
        SitePage(
          SitePaths.print(language), .everyProcedureInFull, html: { PrintPage.html(manual, language) }),
        SitePage(
          SitePaths.slides(language), .everyProcedureInFull, html: { SlidesPage.manualDeck(manual, language) }
        ),
        SitePage(SitePaths.home(language), .everyProcedure, html: { HomePage.html(manual, language) }),
        SitePage(
          SitePaths.glossary(language), .everyProcedure, html: { GlossaryPage.html(manual, language) }),
      ]
      for procedure in manual.procedures {
        pages += [
          SitePage(
            SitePaths.procedure(procedure.id, language), .procedure(procedure.id),
            html: { ProcedurePage.html(manual, procedure, language) }),
          SitePage(
            SitePaths.procedureSlides(procedure.id, language), .procedure(procedure.id),
            html: { SlidesPage.procedureDeck(manual, procedure, language) }),
        ]
      }
      if AZIndexPage.isSeparate(manual) {
        pages.append(
          SitePage(
            SitePaths.azIndex(language), .everyProcedureInFull, html: { AZIndexPage.html(manual, language) }))
      }
      for question in manual.finder.questions {
        pages.append(
          SitePage(
            FinderPage.path(manual.finder, question.id, language), .everyProcedure,
            html: { FinderPage.html(manual, question, language) }))
      }
    }
    return (pages, searchIndexes)
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
      let path = SitePaths.asset(name)
      images[path] = try known[path] ?? Data(contentsOf: contentDirectory.appendingPathComponent(name))
    }
    return images
  }
}

/// The search index's files of each language, made on several threads, each index by one.
private final class SearchIndexFiles: @unchecked Sendable {
  private var values: [[SitePage]]
  private let lock = NSLock()

  init(count: Int) { values = Array(repeating: [], count: count) }

  func set(_ index: Int, _ value: [SitePage]) {
    lock.lock()
    values[index] = value
    lock.unlock()
  }

  func value(_ index: Int) -> [SitePage] { values[index] }
}
