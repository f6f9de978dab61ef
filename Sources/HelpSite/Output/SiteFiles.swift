import Dispatch
import Foundation
import ManualContent

/// Every file of the site, by path below the site root, rendered in memory. Keeping the
/// render apart from the writing lets a failed build leave the previous site untouched.
public struct SiteFiles {
  public private(set) var files: [String: Data] = [:]

  init(files: [String: Data] = [:]) { self.files = files }

  mutating func add(_ path: String, _ text: String) { files[path] = Data(text.utf8) }
  mutating func add(_ path: String, _ data: Data) { files[path] = data }

  /// Renders the whole site for both languages into memory.
  public static func render(_ manual: Manual, contentDirectory: URL) throws -> SiteFiles {
    let collected = CollectedFiles()
    try renderEach(manual, contentDirectory: contentDirectory, to: collected.add)
    return SiteFiles(files: collected.files)
  }

  /// Renders the whole site for both languages, handing each file to `sink` as soon as it
  /// is made. Pages are independent of each other, so they are rendered on every core; the
  /// files are the same bytes whatever the order.
  static func renderEach(_ manual: Manual, contentDirectory: URL, to sink: PageSink) throws {
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
    // Read before rendering, so that a missing picture fails the build before any work.
    let images = Set(
      manual.procedures.flatMap { procedure in
        ([procedure.figure] + procedure.steps.map(\.figure)).compactMap { $0?.image }
      })
    let pictures = try images.sorted().map {
      (SitePaths.asset($0), [UInt8](try Data(contentsOf: contentDirectory.appendingPathComponent($0))))
    }
    let work: [(String, @Sendable () -> [UInt8])] =
      jobs.map { path, job in (path, { @Sendable in Array(job().utf8) }) }
      + pages.map { path, page in (path, { @Sendable in page().bytes }) }
    // The largest jobs, the two search indexes, come first, so that no core is left alone with
    // one at the end. Each file goes to `sink` as soon as it is made and is not kept here.
    DispatchQueue.concurrentPerform(iterations: work.count) { sink(work[$0].0, work[$0].1()) }
    for asset in FrontEnd.siteFiles { sink(asset.path, Array(asset.text.utf8)) }
    for (path, bytes) in pictures { sink(path, bytes) }
  }
}

/// Files collected from several threads.
private final class CollectedFiles: @unchecked Sendable {
  private(set) var files: [String: Data] = [:]
  private let lock = NSLock()

  func add(_ path: String, _ bytes: [UInt8]) {
    let data = Data(bytes)
    lock.lock()
    files[path] = data
    lock.unlock()
  }
}
