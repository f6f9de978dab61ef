import Foundation
import HelpSite
import ManualContent

#if canImport(Glibc)
  import Glibc
#endif

/// The site as the preview serves it, shared between the server's threads and the rebuilds.
/// Pages are rendered when first asked for, or by a background pass, whichever comes first:
/// after an edit the page being looked at is ready as soon as the content is read, and the
/// whole-manual pages (print, slides, search) follow without holding it up.
public final class PreviewSite: @unchecked Sendable {
  /// A page not rendered yet, with the build it belongs to.
  private struct Pending {
    let page: SitePage
    let build: Int
  }

  /// A language's search index not made yet: its files' names are known only once it is.
  private struct PendingGroup {
    let group: SiteFileGroup
    let build: Int
  }

  public enum Phase: Equatable, Sendable {
    /// Reading the content for the first time: nothing to show yet.
    case starting
    /// The content is clean; the pages are of its latest state.
    case ready
    /// The content has errors: the pages are of the last clean state (if there was one).
    case broken
  }

  private let lock = NSLock()
  private var rendered: [String: Data] = [:]
  private var pending: [String: Pending] = [:]
  private var pendingGroups: [PendingGroup] = []
  private var build = 0
  private var state = (version: 0, phase: Phase.starting, problems: [Diagnostic]())
  private var renderer: Thread?
  private let wakeRenderer = DispatchSemaphore(value: 0)

  public init() {}

  /// Bumped on every change the browser should see; the reload script watches it.
  public var version: Int { lock.withLock { state.version } }
  public var phase: Phase { lock.withLock { state.phase } }
  /// Every diagnostic of the last read of the content: errors first matter, warnings too.
  public var problems: [Diagnostic] { lock.withLock { state.problems } }
  public var hasPages: Bool {
    lock.withLock { !rendered.isEmpty || !pending.isEmpty || !pendingGroups.isEmpty }
  }
  /// Pages (and search indexes) not rendered yet for the latest build (the benchmark waits for none).
  public var pendingCount: Int { lock.withLock { pending.count + pendingGroups.count } }

  /// Starts a new build: `pages` and `groups` replace their old versions, `images` are stored
  /// as they are, and paths in none are kept only if `keep` says so (a narrower rebuild keeps
  /// the rest). A group's files are made when one of them is asked for, or in the background.
  public func publish(
    pages: [SitePage], groups: [SiteFileGroup] = [], images: [String: Data], problems: [Diagnostic],
    keep: (String) -> Bool
  ) {
    lock.withLock {
      build += 1
      let replaced = Set(pages.map(\.path)).union(images.keys)
      func stays(_ path: String) -> Bool {
        !replaced.contains(path) && keep(path) && !groups.contains { $0.owns(path) }
      }
      rendered = rendered.filter { stays($0.key) }
      pending = pending.filter { stays($0.key) }
      pendingGroups = pendingGroups.filter { old in
        !groups.contains { $0.language == old.group.language }
          && keep(SitePaths.searchFile(old.group.language, "search-index.js"))
      }
      pendingGroups += groups.map { PendingGroup(group: $0, build: build) }
      for page in pages { pending[page.path] = Pending(page: page, build: build) }
      for (path, data) in images { rendered[path] = data }
      state = (state.version + 1, .ready, problems)
    }
    wakeRenderer.signal()
  }

  /// The content could not be read: the pages stay as they were, the problems are shown.
  public func fail(problems: [Diagnostic]) {
    lock.withLock { state = (state.version + 1, .broken, problems) }
  }

  /// A file of the site, rendered now if it is still pending. Nil when there is none.
  public func file(_ path: String) -> Data? {
    let (waiting, group): (Pending?, PendingGroup?) = lock.withLock {
      guard rendered[path] == nil else { return (nil, nil) }
      return (pending[path], pending[path] == nil ? pendingGroups.first { $0.group.owns(path) } : nil)
    }
    if let group {
      make(group)
      return lock.withLock { rendered[path] }
    }
    guard let waiting else { return lock.withLock { rendered[path] } }
    let data = waiting.page.render()
    store(path, data, from: waiting)
    return data
  }

  /// Whether the site has this path, without rendering it (a search index not made yet
  /// claims every name its files may have).
  public func contains(_ path: String) -> Bool {
    lock.withLock {
      rendered[path] != nil || pending[path] != nil || pendingGroups.contains { $0.group.owns(path) }
    }
  }

  /// Every path of the site, rendered or not; the search indexes are made first, as their
  /// files' names are known only then.
  public var paths: [String] {
    for group in lock.withLock({ pendingGroups }) { make(group) }
    return storedPaths
  }

  /// The paths of the files rendered or waiting to be, without making the search indexes.
  public var storedPaths: [String] { lock.withLock { Array(rendered.keys) + Array(pending.keys) } }

  /// Makes a search index's files and stores them, unless a newer build replaced it meanwhile.
  private func make(_ entry: PendingGroup) {
    let files = entry.group.pages().map { ($0.path, $0.render()) }
    lock.withLock {
      guard let index = pendingGroups.firstIndex(where: { $0.group.language == entry.group.language }),
        pendingGroups[index].build == entry.build
      else { return }
      pendingGroups.remove(at: index)
      for (path, data) in files { rendered[path] = data }
    }
  }

  /// Renders every pending page, narrowest first, on all cores but one (the other stays
  /// free for the page the editor is waiting for); returns when none is left. Pages a newer
  /// build replaced meanwhile are dropped, not stored.
  public func renderPending() {
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
    while true {
      let batch: [(String, Pending)] = lock.withLock {
        pending.sorted { Self.order($0.value.page.source) < Self.order($1.value.page.source) }
          .prefix(32).map { ($0.key, $0.value) }
      }
      if batch.isEmpty {
        // Last, the search indexes, one language per worker (libthai's breaker is per thread).
        let groups = lock.withLock { pendingGroups }
        if groups.isEmpty { return }
        DispatchQueue.concurrentPerform(iterations: min(workers, groups.count)) { worker in
          for index in stride(from: worker, to: groups.count, by: workers) { make(groups[index]) }
        }
        continue
      }
      let next = BatchCursor()
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while let index = next.take(below: batch.count) {
          let (path, entry) = batch[index]
          // Skip what a request rendered meanwhile.
          guard lock.withLock({ pending[path]?.build == entry.build }) else { continue }
          store(path, entry.page.render(), from: entry)
        }
      }
    }
  }

  /// Starts the background pass that renders pending pages after each publish.
  public func startRenderingInBackground() {
    let thread = Thread { [self] in
      // Below the rebuild and the requests, which wait for a core otherwise: on a busy machine
      // the edited page came 4.7 s after the save at N = 1,000 while this pass made the search
      // index. Linux's nice value is per thread; with two cores this pass runs on this thread
      // alone (`renderPending` uses all cores but one).
      #if canImport(Glibc)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
      #endif
      while true {
        wakeRenderer.wait()
        renderPending()
      }
    }
    thread.qualityOfService = .utility
    thread.start()
    renderer = thread
  }

  private func store(_ path: String, _ data: Data, from entry: Pending) {
    lock.withLock {
      // Only if no newer build replaced or removed the page meanwhile.
      guard let current = pending[path], current.build == entry.build else { return }
      pending[path] = nil
      rendered[path] = data
    }
  }

  private static func order(_ source: SitePage.Source) -> Int {
    switch source {
    case .fixed, .everyProcedure: return 0
    case .procedure: return 1
    case .everyProcedureInFull: return 2
    }
  }
}

/// Hands out the indexes of a batch, each to one thread only.
private final class BatchCursor: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0

  func take(below count: Int) -> Int? {
    lock.withLock {
      guard next < count else { return nil }
      defer { next += 1 }
      return next
    }
  }
}
