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
    var jobs: [(String, @Sendable () -> String)] = [
      ("index.html", { @Sendable in RootPage.html(manual) })
    ]
    for language in Language.allCases {
      let code = language.rawValue
      jobs += [
        (SearchPage.path(language), { @Sendable in SearchPage.html(manual, language) }),
        (PrintPage.path(language), { @Sendable in PrintPage.html(manual, language) }),
        (SlidesPage.manualPath(language), { @Sendable in SlidesPage.manualDeck(manual, language) }),
        ("\(code)/index.html", { @Sendable in HomePage.html(manual, language) }),
        ("\(code)/glossary/index.html", { @Sendable in GlossaryPage.html(manual, language) }),
      ]
      for procedure in manual.procedures {
        jobs.append(
          (
            ProcedurePage.path(procedure, language),
            { @Sendable in ProcedurePage.html(manual, procedure, language) }
          ))
        jobs.append(
          (
            SlidesPage.path(procedure, language),
            { @Sendable in SlidesPage.procedureDeck(manual, procedure, language) }
          ))
      }
      if AZIndexPage.isSeparate(manual) {
        jobs.append((AZIndexPage.path(language), { @Sendable in AZIndexPage.html(manual, language) }))
      }
      for question in manual.finder.questions {
        jobs.append(
          (
            FinderPage.path(manual.finder, question.id, language),
            { @Sendable in FinderPage.html(manual, question, language) }
          ))
      }
    }
    let pages = ParallelResults(count: jobs.count)
    let work = jobs.map(\.1)
    DispatchQueue.concurrentPerform(iterations: work.count) { pages.set($0, work[$0]()) }
    var site = SiteFiles()
    for (index, job) in jobs.enumerated() { site.add(job.0, pages.value(index)) }
    for asset in FrontEnd.siteFiles { site.add(asset.path, asset.text) }
    // The search index is many files (SearchShards.swift), one index per language.
    for language in Language.allCases {
      for file in SearchIndex(manual: manual, language: language, tokenizer: Tokenizer()).files() {
        site.add("\(language.rawValue)/search/\(file.name)", file.text)
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

/// Results filled in from several threads, each index by one thread only.
private final class ParallelResults: @unchecked Sendable {
  private var values: [String]
  private let lock = NSLock()

  init(count: Int) { values = Array(repeating: "", count: count) }

  func set(_ index: Int, _ value: String) {
    lock.lock()
    values[index] = value
    lock.unlock()
  }

  func value(_ index: Int) -> String { values[index] }
}
