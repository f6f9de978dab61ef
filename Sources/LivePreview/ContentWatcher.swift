import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What changed in the content folder between two looks at it.
public struct ContentChanges: Equatable, Sendable {
  /// Paths below the content folder whose size, time or identity changed.
  public var modified: Set<String> = []
  public var added: Set<String> = []
  public var removed: Set<String> = []

  public var isEmpty: Bool { modified.isEmpty && added.isEmpty && removed.isEmpty }

  /// Procedures whose files were edited in place (saved again), by id.
  public var editedProcedures: Set<String> {
    Set(modified.compactMap(Self.procedureID))
  }

  /// True when the change is only edits to existing procedure files: the case a narrow
  /// rebuild handles. Adding or removing a procedure changes the lists of every page.
  public var onlyEditedProcedures: Bool {
    added.isEmpty && removed.isEmpty && !modified.isEmpty
      && modified.allSatisfy { Self.procedureID($0) != nil }
  }

  static func procedureID(_ path: String) -> String? {
    guard path.hasPrefix("procedures/"), path.hasSuffix(".yaml") else { return nil }
    let name = path.dropFirst("procedures/".count)
    guard !name.contains("/") else { return nil }
    return String(name.dropLast(".yaml".count))
  }
}

/// Watches the content folder: inotify wakes it as soon as a file is written, and it looks at
/// every file's size and modification time (nanoseconds) to see what changed, so a missed or
/// merged event costs nothing but a look. Without inotify it looks every 200 ms.
public final class ContentWatcher: @unchecked Sendable {
  public let directory: URL
  private var snapshot: [String: FileStamp]
  private var inotify: Int32 = -1

  struct FileStamp: Equatable {
    var size: Int64
    var modified: timespec
    var inode: UInt64

    static func == (a: FileStamp, b: FileStamp) -> Bool {
      a.size == b.size && a.modified.tv_sec == b.modified.tv_sec
        && a.modified.tv_nsec == b.modified.tv_nsec && a.inode == b.inode
    }
  }

  public init(directory: URL) {
    self.directory = directory
    snapshot = [:]
    inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    snapshot = look()
  }

  /// Blocks: calls `onChange` with each batch of changes, after the files settle.
  public func run(onChange: (ContentChanges) -> Void) -> Never {
    while true {
      waitForEvent(milliseconds: 200)
      var changes = diff(look())
      guard !changes.isEmpty else { continue }
      // An editor saves in steps (write, rename, touch): wait until the folder is quiet.
      for _ in 0..<20 {
        waitForEvent(milliseconds: 25)
        let more = diff(look())
        if more.isEmpty { break }
        changes.merge(more)
      }
      onChange(changes)
    }
  }

  /// One look and compare, for tests and for callers with their own loop.
  public func poll() -> ContentChanges { diff(look()) }

  private func diff(_ now: [String: FileStamp]) -> ContentChanges {
    var changes = ContentChanges()
    for (path, stamp) in now {
      if let before = snapshot[path] {
        if before != stamp { changes.modified.insert(path) }
      } else {
        changes.added.insert(path)
      }
    }
    for path in snapshot.keys where now[path] == nil { changes.removed.insert(path) }
    snapshot = now
    return changes
  }

  /// Every file below the folder with its stamp; editors' scratch files are left out.
  private func look() -> [String: FileStamp] {
    var files: [String: FileStamp] = [:]
    var folders: [String] = [""]
    while let folder = folders.popLast() {
      let path = folder.isEmpty ? directory.path : directory.path + "/" + folder
      watch(folder: path)
      guard let handle = opendir(path) else { continue }
      defer { closedir(handle) }
      while let entry = readdir(handle) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        if name == "." || name == ".." || Self.isScratch(name) { continue }
        let relative = folder.isEmpty ? name : folder + "/" + name
        var info = stat()
        guard stat(path + "/" + name, &info) == 0 else { continue }
        if (info.st_mode & S_IFMT) == S_IFDIR {
          folders.append(relative)
        } else {
          files[relative] = FileStamp(
            size: Int64(info.st_size), modified: info.st_mtim, inode: UInt64(info.st_ino))
        }
      }
    }
    return files
  }

  /// Swap files and backups of vim, emacs and others, which the loader never reads.
  static func isScratch(_ name: String) -> Bool {
    name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasPrefix(".#")
      || name == "4913"
  }

  /// Adds the folder to inotify's list; again on every look, which is one cheap call a
  /// folder and covers folders removed and made again.
  private func watch(folder path: String) {
    guard inotify >= 0 else { return }
    let mask =
      IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
      | IN_DELETE_SELF
    _ = inotify_add_watch(inotify, path, UInt32(mask))
  }

  /// Sleeps until inotify reports something or the time is up, then empties its queue.
  private func waitForEvent(milliseconds: Int32) {
    guard inotify >= 0 else {
      usleep(UInt32(milliseconds) * 1000)
      return
    }
    var request = pollfd(fd: inotify, events: Int16(POLLIN), revents: 0)
    _ = Glibc.poll(&request, 1, milliseconds)
    var buffer = [UInt8](repeating: 0, count: 8192)
    while read(inotify, &buffer, buffer.count) > 0 {}
  }
}

extension ContentChanges {
  mutating func merge(_ other: ContentChanges) {
    for path in other.added {
      if removed.remove(path) != nil { modified.insert(path) } else { added.insert(path) }
    }
    for path in other.removed {
      if added.remove(path) == nil {
        modified.remove(path)
        removed.insert(path)
      }
    }
    for path in other.modified where !added.contains(path) { modified.insert(path) }
  }
}
