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
    let pages = Self.pages(manual)
    let results = ParallelResults(count: pages.count)
    DispatchQueue.concurrentPerform(iterations: pages.count) { results.set($0, pages[$0].render()) }
    var site = SiteFiles()
    for (index, page) in pages.enumerated() { site.add(page.path, results.value(index)) }
    for (path, data) in try images(manual, contentDirectory: contentDirectory) { site.add(path, data) }
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
