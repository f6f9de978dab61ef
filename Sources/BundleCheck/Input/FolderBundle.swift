import Foundation

/// A bundle that is a folder on disk. Every name is `lstat`ed, never opened, while listing:
/// symlinks are listed as links and never followed (a link out of the bundle cannot make the
/// validator read another file), and a FIFO or device is listed as such, never opened (it
/// would block). What macOS and Windows add by themselves (`.DS_Store`) is left out.
public struct FolderBundle: BundleSource {
  public let root: URL
  public let entries: [BundleEntry]
  public var openingFindings: [Finding] {
    (truncated ? [Finding.tooManyEntries] : []) + (tooDeep ? [Finding.tooDeep] : [])
  }
  private let truncated: Bool
  private let tooDeep: Bool
  private let sizes: [String: Int]

  public init(root: URL) throws {
    self.root = root
    var entries: [BundleEntry] = []
    var truncated = false
    var tooDeep = false
    func walk(_ folder: URL, prefix: String, depth: Int) {
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
      for name in names {
        guard entries.count < BundleLimits.maximumEntries else {
          truncated = true
          return
        }
        let url = folder.appendingPathComponent(name)
        let path = prefix + name
        if BundlePath.isSystemLitter(path) { continue }
        var info = stat()
        guard lstat(url.path, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFREG: entries.append(BundleEntry(path: path, kind: .file, size: Int(info.st_size)))
        case S_IFLNK: entries.append(BundleEntry(path: path, kind: .symlink, size: 0))
        case S_IFDIR:
          entries.append(BundleEntry(path: path, kind: .folder, size: 0))
          if depth < BundleLimits.maximumFolderDepth {
            walk(url, prefix: path + "/", depth: depth + 1)
          } else {
            tooDeep = true
          }
        default: entries.append(BundleEntry(path: path, kind: .other, size: 0))
        }
      }
    }
    walk(root, prefix: "", depth: 0)
    self.entries = entries
    self.truncated = truncated
    self.tooDeep = tooDeep
    self.sizes = Dictionary(
      entries.filter { $0.kind == .file }.map { ($0.path, $0.size) }, uniquingKeysWith: { first, _ in first })
  }

  /// `path` is a path as listed in `entries` (the name on disk, not the manifest's spelling).
  public func read(_ path: String, limit: Int) throws -> [UInt8] {
    guard BundlePath.staysInside(path), let size = sizes[path] else { throw BundleReadError.notRegular }
    // Over the limit by its listed size: refused without reading (or allocating) a byte.
    if size > limit { throw BundleReadError.overLimit(bytes: limit) }
    // O_NOFOLLOW: if the file was swapped for a link since the listing, refuse it; O_NONBLOCK:
    // if it was swapped for a FIFO, the open does not wait for a writer, and fstat refuses it.
    let descriptor = open(root.appendingPathComponent(path).path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else { throw BundleReadError.unreadable }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      throw BundleReadError.notRegular
    }
    // Read straight into one buffer of the listed size, rather than growing an array chunk by
    // chunk; one byte more shows a file that grew since it was listed, which is refused.
    let capacity = size + 1
    var bytes = [UInt8](repeating: 0, count: capacity)
    var filled = 0
    while filled < capacity {
      let count = bytes.withUnsafeMutableBytes {
        Foundation.read(descriptor, $0.baseAddress! + filled, capacity - filled)
      }
      if count < 0 { throw BundleReadError.unreadable }
      if count == 0 { break }
      filled += count
    }
    if filled > size { throw BundleReadError.unreadable }
    bytes.removeLast(capacity - filled)
    return bytes
  }
}
