import Dispatch
import Foundation
import ManualContent

/// Pages handed over as soon as they are rendered, from several threads at once. `guide
/// build` writes each one to disk there and then, so the whole site is never held in memory
/// (issue 12: holding it was most of the peak memory); `SiteFiles.render` collects them.
typealias PageSink = @Sendable (_ path: String, _ bytes: [UInt8]) -> Void

/// Files written into a folder from several threads: each folder is made once, each file is
/// written with one `write` call, and the first failure is kept to be thrown at the end.
final class FolderStream: @unchecked Sendable {
  let folder: URL
  private let lock = NSLock()
  private var madeFolders: Set<String> = []
  private var paths: [String] = []
  private var failure: Error?

  /// `folder`'s path, which every file's path is joined to.
  private let base: String

  init(folder: URL) {
    self.folder = folder
    base = folder.path
  }

  /// Every path written, sorted: the manifest of the build.
  var writtenPaths: [String] {
    lock.lock()
    defer { lock.unlock() }
    return paths.sorted()
  }

  func write(_ path: String, _ bytes: [UInt8]) {
    do {
      // Paths joined as strings: `URL.appendingPathComponent` for each of thousands of files
      // was a third of the writer's CPU (issue 12). `path` is a site path (`en/x/index.html`).
      let file = base + "/" + path
      try makeFolder(String(file[..<file.utf8.lastIndex(of: UInt8(ascii: "/"))!]))
      try Self.writeFile(file, bytes)
      lock.lock()
      paths.append(path)
      lock.unlock()
    } catch {
      lock.lock()
      if failure == nil { failure = error }
      lock.unlock()
    }
  }

  /// Throws the first failure of any write.
  func check() throws {
    lock.lock()
    defer { lock.unlock() }
    if let failure { throw failure }
  }

  private func makeFolder(_ path: String) throws {
    lock.lock()
    let known = madeFolders.contains(path)
    lock.unlock()
    guard !known else { return }
    // mkdir(2) first: most folders' parents are made already, and FileManager looks at every
    // component of the path before it makes one (a few percent of a large build).
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    lock.lock()
    madeFolders.insert(path)
    lock.unlock()
  }

  private static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(descriptor) }
    var written = 0
    try bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        written += result
      }
    }
  }
}
