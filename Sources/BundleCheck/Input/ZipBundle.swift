import Foundation
import ZIPFoundation

/// A bundle packed as a `.zip`, read with ZIPFoundation straight from the archive into memory,
/// never extracted to disk. The files may sit at the zip's root or inside one top-level folder.
/// Entries that leave the bundle (`../`, absolute paths) and bombs are reported, not read.
public struct ZipBundle: BundleSource {
  public let entries: [BundleEntry]
  public let openingFindings: [Finding]
  private let archive: Archive
  /// Bundle path → the zip entry's own path.
  private let zipPaths: [String: String]

  public init(url: URL) throws {
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw BundleOpenError.badZip(url.path)
    }
    var findings: [Finding] = []
    var raw: [(path: String, entry: Entry)] = []
    var total: UInt64 = 0
    for entry in archive {
      guard raw.count < BundleLimits.maximumEntries else {
        findings.append(.tooManyEntries)
        break
      }
      let path = entry.path
      guard BundlePath.staysInside(path) else {
        findings.append(.unsafeEntry(path))
        continue
      }
      total += entry.uncompressedSize
      let packed = max(entry.compressedSize, 1)
      if entry.type == .file, entry.uncompressedSize / packed > UInt64(BundleLimits.maximumCompressionRatio),
        entry.uncompressedSize > 1 << 20
      {
        findings.append(
          .tooLarge("\(path) inflates \(entry.uncompressedSize / packed) times its packed size"))
        continue
      }
      raw.append((path, entry))
    }
    if total > UInt64(BundleLimits.maximumTotalBytes) {
      findings.append(.tooLarge("\(total) bytes unpacked, over \(BundleLimits.maximumTotalBytes)"))
      raw.removeAll()
    }
    // One top-level folder holding everything is the bundle folder itself.
    let tops = Set(raw.map { $0.path.split(separator: "/", maxSplits: 1).first.map(String.init) ?? "" })
    let prefix: String =
      (tops.count == 1 && raw.contains { $0.path.contains("/") && !$0.path.hasSuffix("/") })
      ? tops.first! + "/" : ""
    var entries: [BundleEntry] = []
    var zipPaths: [String: String] = [:]
    for (path, entry) in raw {
      var inside = String(path.dropFirst(prefix.count))
      while inside.hasSuffix("/") { inside.removeLast() }
      if inside.isEmpty { continue }
      let kind: BundleEntry.Kind
      switch entry.type {
      case .file: kind = .file
      case .directory: kind = .folder
      case .symlink: kind = .symlink
      }
      entries.append(BundleEntry(path: inside, kind: kind, size: Int(clamping: entry.uncompressedSize)))
      zipPaths[inside] = path
    }
    self.entries = entries.sorted { $0.path < $1.path }
    self.zipPaths = zipPaths
    self.openingFindings = findings
  }

  private struct TooLarge: Error {}

  public func read(_ path: String, limit: Int) throws -> [UInt8] {
    guard let zipPath = zipPaths[path], let entry = archive[zipPath], entry.type == .file else {
      throw BundleOpenError.unreadable(path)
    }
    var bytes: [UInt8] = []
    // The entry's declared size may lie: stop as soon as more than `limit` bytes arrive.
    _ = try archive.extract(entry, skipCRC32: false) { chunk in
      bytes.append(contentsOf: chunk)
      if bytes.count > limit { throw TooLarge() }
    }
    return bytes
  }
}
