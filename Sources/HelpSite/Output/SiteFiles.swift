import Dispatch
import Foundation
import ManualContent

/// Every file of the site, by path below the site root, rendered in memory. Keeping the
/// render apart from the writing lets a failed build leave the previous site untouched.
public struct SiteFiles {
  public private(set) var files: [String: Data] = [:]

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
    // Read before rendering, so that a missing picture fails the build before any work.
    let pictures = try images(manual, contentDirectory: contentDirectory)
    let (pages, searchIndexes) = pagesAndSearchIndexes(manual)
    // Each file goes to `sink` as soon as it is made and is not kept here. The pages that hold
    // the whole manual (10-12 MB each at N = 1,000) go first, while the heap holds little but
    // the manual: made after the search indexes, they needed fresh memory beside the heap the
    // indexes had left in pieces, and set the build's peak (issue 12). The search indexes go
    // next, all in one task: the first language's builds every language's
    // (SharedSearchIndexes), so a task of its own for another would only wait for it, keeping
    // a core idle. Then the rest.
    let whole = pages.filter { $0.source == .everyProcedureInFull }
    let rest = pages.filter { $0.source != .everyProcedureInFull }
    DispatchQueue.concurrentPerform(iterations: whole.count + 1 + rest.count) { index in
      switch index {
      case ..<whole.count:
        sink(whole[index].path, whole[index].bytes())
      case whole.count:
        for group in searchIndexes { for file in group.pages() { sink(file.path, file.bytes()) } }
      default:
        let page = rest[index - whole.count - 1]
        sink(page.path, page.bytes())
      }
    }
    for (path, data) in pictures.sorted(by: { $0.key < $1.key }) { sink(path, [UInt8](data)) }
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
