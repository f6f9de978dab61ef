import Dispatch
import Foundation
import ManualContent

/// Every file of the site, by path below the site root, rendered in memory. Keeping the
/// render apart from the writing lets a failed build leave the previous site untouched.
public struct SiteFiles {
  public private(set) var files: [String: Data] = [:]

  mutating func add(_ path: String, _ text: String) { files[path] = Data(text.utf8) }
  mutating func add(_ path: String, _ data: Data) { files[path] = data }

  /// Renders the whole site for both languages. Pages are independent of each other, so
  /// they are rendered on every core; the result is the same bytes whatever the order.
  public static func render(_ manual: Manual, contentDirectory: URL) throws -> SiteFiles {
    var jobs: [(String, @Sendable () -> String)] = []
    var pages: [(String, @Sendable () -> HTML)] = [(SitePaths.root, { @Sendable in RootPage.html(manual) })]
    for language in Language.allCases {
      // libthai's breaker is not shared between threads: each index gets its own.
      jobs.append(
        (
          SitePaths.searchIndex(language),
          { @Sendable in SearchIndex(manual: manual, language: language, tokenizer: Tokenizer()).javascript()
          }
        ))
      pages += [
        (SitePaths.search(language), { @Sendable in SearchPage.html(manual, language) }),
        (SitePaths.print(language), { @Sendable in PrintPage.html(manual, language) }),
        (SitePaths.slides(language), { @Sendable in SlidesPage.manualDeck(manual, language) }),
        (SitePaths.home(language), { @Sendable in HomePage.html(manual, language) }),
        (SitePaths.glossary(language), { @Sendable in GlossaryPage.html(manual, language) }),
      ]
      for procedure in manual.procedures {
        pages.append(
          (
            SitePaths.procedure(procedure.id, language),
            { @Sendable in ProcedurePage.html(manual, procedure, language) }
          ))
        pages.append(
          (
            SitePaths.procedureSlides(procedure.id, language),
            { @Sendable in SlidesPage.procedureDeck(manual, procedure, language) }
          ))
      }
      for question in manual.finder.questions {
        pages.append(
          (
            FinderPage.path(manual.finder, question.id, language),
            { @Sendable in FinderPage.html(manual, question, language) }
          ))
      }
    }
    let work: [@Sendable () -> Data] =
      jobs.map { job in { @Sendable in Data(job.1().utf8) } }
      + pages.map { page in { @Sendable in Data(page.1().bytes) } }
    let results = ParallelResults(count: work.count)
    DispatchQueue.concurrentPerform(iterations: work.count) { results.set($0, work[$0]()) }
    var site = SiteFiles()
    for (index, path) in (jobs.map(\.0) + pages.map(\.0)).enumerated() {
      site.add(path, results.value(index))
    }
    for asset in FrontEnd.siteFiles { site.add(asset.path, asset.text) }
    let images = Set(
      manual.procedures.flatMap { procedure in
        ([procedure.figure] + procedure.steps.map(\.figure)).compactMap { $0?.image }
      })
    for image in images.sorted() {
      site.add(SitePaths.asset(image), try Data(contentsOf: contentDirectory.appendingPathComponent(image)))
    }
    return site
  }
}

/// Results filled in from several threads, each index by one thread only.
private final class ParallelResults: @unchecked Sendable {
  private var values: [Data]
  private let lock = NSLock()

  init(count: Int) { values = Array(repeating: Data(), count: count) }

  func set(_ index: Int, _ value: Data) {
    lock.lock()
    values[index] = value
    lock.unlock()
  }

  func value(_ index: Int) -> Data { values[index] }
}
