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
    // O_NOFOLLOW: if the file was swapped for a link since the listing, refuse it.
    let descriptor = open(root.appendingPathComponent(path).path, O_RDONLY | O_NOFOLLOW)
    guard descriptor >= 0 else { throw BundleOpenError.unreadable(path) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= limit {
      let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 { throw BundleOpenError.unreadable(path) }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    if bytes.count > limit { throw BundleOpenError.unreadable(path) }
    return bytes
  }
}
