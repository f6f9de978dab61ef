import Foundation

/// A bundle that is a folder on disk. Symlinks are listed as links and never followed, so a
/// link pointing out of the bundle cannot make the validator read another file.
public struct FolderBundle: BundleSource {
  public let root: URL
  public let entries: [BundleEntry]
  public var openingFindings: [Finding] { truncated ? [Finding.tooManyEntries] : [] }
  private let truncated: Bool

  public init(root: URL) throws {
    self.root = root
    var entries: [BundleEntry] = []
    var truncated = false
    func walk(_ folder: URL, prefix: String) {
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
      for name in names {
        guard entries.count < BundleLimits.maximumEntries else {
          truncated = true
          return
        }
        let url = folder.appendingPathComponent(name)
        let path = prefix + name
        var info = stat()
        guard lstat(url.path, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFREG: entries.append(BundleEntry(path: path, kind: .file, size: Int(info.st_size)))
        case S_IFLNK: entries.append(BundleEntry(path: path, kind: .symlink, size: 0))
        case S_IFDIR:
          entries.append(BundleEntry(path: path, kind: .folder, size: 0))
          walk(url, prefix: path + "/")
        default: entries.append(BundleEntry(path: path, kind: .other, size: 0))
        }
      }
    }
    walk(root, prefix: "")
    self.entries = entries
    self.truncated = truncated
  }

  public func read(_ path: String, limit: Int) throws -> [UInt8] {
    guard BundlePath.staysInside(path), let entry = entries.first(where: { $0.path == path }),
      entry.kind == .file
    else { throw BundleOpenError.unreadable(path) }
    // Over the limit by its listed size: refused without reading (or allocating) a byte.
    if entry.size > limit { throw BundleOpenError.unreadable(path) }
    // O_NOFOLLOW: if the file was swapped for a link since the listing, refuse it.
    let descriptor = open(root.appendingPathComponent(path).path, O_RDONLY | O_NOFOLLOW)
    guard descriptor >= 0 else { throw BundleOpenError.unreadable(path) }
    defer { close(descriptor) }
    // Read straight into one buffer of the listed size, rather than growing an array chunk by
    // chunk; one byte more shows a file that grew since it was listed, which is refused.
    let capacity = entry.size + 1
    var bytes = [UInt8](repeating: 0, count: capacity)
    var filled = 0
    while filled < capacity {
      let count = bytes.withUnsafeMutableBytes {
        Foundation.read(descriptor, $0.baseAddress! + filled, capacity - filled)
      }
      if count < 0 { throw BundleOpenError.unreadable(path) }
      if count == 0 { break }
      filled += count
    }
    if filled > entry.size { throw BundleOpenError.unreadable(path) }
    bytes.removeLast(capacity - filled)
    return bytes
  }
}
