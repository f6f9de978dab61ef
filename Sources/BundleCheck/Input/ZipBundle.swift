import Foundation
import ManualContent
import ZIPFoundation

/// A bundle packed as a `.zip`, read with ZIPFoundation straight from the archive into memory,
/// never extracted to disk. The files may sit at the zip's root or inside one top-level folder.
/// Entries that leave the bundle (`../`, absolute paths), bombs and two entries of one name
/// are reported, not read; what macOS and Windows add by themselves is ignored.
public struct ZipBundle: BundleSource {
  public let entries: [BundleEntry]
  public let openingFindings: [Finding]
  private let archive: Archive
  /// Bundle path → the zip's entry, built once: looking an entry up in the archive by name
  /// walks the whole central directory each time.
  private let index: [String: Entry]
  /// Entries stored encrypted (general-purpose flag bit 0): named as such, never read; and the
  /// entries ZIPFoundation cannot list after one, which cannot be read either.
  private let locked: [String: BundleReadError]
  /// Bundle path → its central directory record, for reading the data with ZipEntryReader.
  private let records: [String: ZipDirectory.Record]
  private let url: URL

  public init(url: URL) throws {
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw BundleOpenError.badZip(url.path)
    }
    self.url = url
    let directory = ZipDirectory.records(of: url)
    var listed: [(path: String, entry: Entry?, locked: BundleReadError?)] = []
    // Both list the central directory in order: the nth entry is the nth record. The first of
    // two entries of one name is the one kept, here and below.
    var recordByPath: [String: ZipDirectory.Record] = [:]
    for entry in archive {
      guard listed.count <= BundleLimits.maximumEntries else { break }
      if listed.count < directory.count, recordByPath[entry.path] == nil,
        UInt64(directory[listed.count].compressedSize) == entry.compressedSize
      {
        recordByPath[entry.path] = directory[listed.count]
      }
      listed.append((entry.path, entry, nil))
    }
    // What ZIPFoundation stopped before: the encrypted entry and everything after it.
    for record in directory.dropFirst(listed.count) where listed.count <= BundleLimits.maximumEntries {
      listed.append((record.path, nil, record.encrypted ? .encrypted : .unreadable))
    }
    var findings: [Finding] = []
    var raw: [(path: String, entry: Entry?, locked: BundleReadError?, type: Entry.EntryType, size: UInt64)] =
      []
    var total: UInt64 = 0
    for (path, entry, locked) in listed {
      guard raw.count < BundleLimits.maximumEntries else {
        findings.append(.tooManyEntries)
        break
      }
      if BundlePath.isSystemLitter(path) { continue }
      guard BundlePath.staysInside(path) else {
        findings.append(.unsafeEntry(path))
        continue
      }
      guard let entry else {
        let size = UInt64(directory.first { $0.path == path }?.size ?? 0)
        raw.append((path, nil, locked, path.hasSuffix("/") ? .directory : .file, size))
        continue
      }
      // Saturating: zip64 sizes are the zip's own word, up to 2^64 - 1 each (an overflow here
      // was a crash, found by the zip fuzz target: Tests/Fixtures/Fuzz/zip/zip64-sizes-overflow.zip).
      let (sum, overflow) = total.addingReportingOverflow(entry.uncompressedSize)
      total = overflow ? .max : sum
      let packed = max(entry.compressedSize, 1)
      if entry.type == .file, entry.uncompressedSize / packed > UInt64(BundleLimits.maximumCompressionRatio),
        entry.uncompressedSize > 1 << 20
      {
        let ratio = entry.uncompressedSize / packed
        let limit = BundleLimits.maximumCompressionRatio
        findings.append(
          .tooLarge(
            LocalizedText(
              th: "\(Echo.value(path)) ขยายได้ \(ratio) เท่าของขนาดที่บีบอัด เกินขีดจำกัด \(limit) เท่า",
              en: "\(Echo.value(path)) inflates \(ratio) times its packed size, over the limit of \(limit)")))
        continue
      }
      raw.append((path, entry, nil, entry.type, entry.uncompressedSize))
    }
    if total > UInt64(BundleLimits.maximumTotalBytes) {
      let limit = BundleLimits.maximumTotalBytes / 1_048_576
      findings.append(
        .tooLarge(
          LocalizedText(
            th: "แตกไฟล์แล้ว \(total) ไบต์ เกินขีดจำกัด \(limit) MiB",
            en: "\(total) bytes unpacked, over the \(limit) MiB limit")))
      raw.removeAll()
    }
    // One top-level folder holding everything is the bundle folder itself.
    let tops = Set(raw.map { $0.path.split(separator: "/", maxSplits: 1).first.map(String.init) ?? "" })
    let prefix: String =
      (tops.count == 1 && raw.contains { $0.path.contains("/") && !$0.path.hasSuffix("/") })
      ? tops.first! + "/" : ""
    var entries: [BundleEntry] = []
    var index: [String: Entry] = [:]
    var locked: [String: BundleReadError] = [:]
    var records: [String: ZipDirectory.Record] = [:]
    var reported: Set<String> = []
    for (path, entry, lock, type, size) in raw {
      let inside = BundlePath.normalized(String(path.dropFirst(prefix.count)))
      if inside.isEmpty { continue }
      // Two entries of one name (after `./`, slashes and Unicode NFC): which one would ศทก. get?
      let key = CheckContext.key(inside)
      if index[key] != nil || locked[key] != nil {
        if type != .directory, reported.insert(key).inserted {
          findings.append(
            Finding(RuleID.bundleDuplicateEntry, file: Echo.value(inside), values: ["file": .echo(inside)]))
        }
        continue
      }
      let kind: BundleEntry.Kind
      switch type {
      case .file: kind = .file
      case .directory: kind = .folder
      case .symlink: kind = .symlink
      }
      entries.append(BundleEntry(path: inside, kind: kind, size: Int(clamping: size)))
      if let entry { index[key] = entry }
      if entry != nil, let record = recordByPath[path] { records[key] = record }
      if let lock { locked[key] = lock }
    }
    self.entries = entries.sorted { $0.path < $1.path }
    self.index = index
    self.locked = locked
    self.records = records
    self.openingFindings = findings
  }

  public func read(_ path: String, limit: Int) throws -> [UInt8] {
    let key = CheckContext.key(path)
    if let lock = locked[key] { throw lock }
    guard let entry = index[key], entry.type == .file else { throw BundleReadError.notRegular }
    if entry.uncompressedSize > UInt64(limit) { throw BundleReadError.overLimit(bytes: limit) }
    // Never ZIPFoundation's `extract`: its inflate loop can spin forever (ZipEntryReader). An
    // entry without a record of ours (the two readers disagree on its size) is damaged.
    guard let record = records[key] else { throw BundleReadError.damagedInZip }
    if record.encrypted { throw BundleReadError.encrypted }
    return try ZipEntryReader.read(record, in: url, limit: limit)
  }
}
