import Foundation
import ManualContent

/// A bundle packed as a `.zip`, read straight from the archive into memory, never extracted to
/// disk. The files may sit at the zip's root or inside one top-level folder. Entries that leave
/// the bundle (`../`, absolute paths), bombs and two entries of one name are reported, not
/// read; what macOS and Windows add by themselves is ignored.
///
/// The zip is listed by ZipDirectory and read by ZipEntryReader, both ours, as the browser
/// check page's zip-reader.js does: ZIPFoundation's listing trapped on zip64 offsets past
/// Int64.max and its `extract` spun forever on a deflate stream that does not end (both found
/// by the zip fuzz target, Tests/Fixtures/Fuzz/zip/), and a trap or a hang cannot be caught.
public struct ZipBundle: BundleSource {
  public let entries: [BundleEntry]
  public let openingFindings: [Finding]
  /// Bundle path → its central directory record, built once: the first of two entries of
  /// one name is the one kept.
  private let records: [String: ZipDirectory.Record]
  private let url: URL

  public init(url: URL) throws {
    guard let directory = ZipDirectory.records(of: url) else { throw BundleOpenError.badZip(url.path) }
    self.url = url
    var findings: [Finding] = []
    var raw: [ZipDirectory.Record] = []
    var total: UInt64 = 0
    for record in directory {
      guard raw.count < BundleLimits.maximumEntries else {
        findings.append(.tooManyEntries)
        break
      }
      let path = record.path
      if BundlePath.isSystemLitter(path) { continue }
      guard BundlePath.staysInside(path) else {
        findings.append(.unsafeEntry(path))
        continue
      }
      // Saturating: zip64 sizes are the zip's own word, up to 2^63 each (an overflow here was
      // a crash, found by the zip fuzz target: Tests/Fixtures/Fuzz/zip/zip64-sizes-overflow.zip).
      let (sum, overflow) = total.addingReportingOverflow(UInt64(record.size))
      total = overflow ? .max : sum
      let ratio = record.size / max(record.compressedSize, 1)
      if record.kind == .file, !record.encrypted, ratio > BundleLimits.maximumCompressionRatio,
        record.size > BundleLimits.bombMinimumBytes
      {
        let limit = BundleLimits.maximumCompressionRatio
        findings.append(
          .tooLarge(
            LocalizedText(
              th: "\(Echo.value(path)) ขยายได้ \(ratio) เท่าของขนาดที่บีบอัด เกินขีดจำกัด \(limit) เท่า",
              en: "\(Echo.value(path)) inflates \(ratio) times its packed size, over the limit of \(limit)")))
        continue
      }
      raw.append(record)
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
    var records: [String: ZipDirectory.Record] = [:]
    var reported: Set<String> = []
    for record in raw {
      let inside = BundlePath.normalized(String(record.path.dropFirst(prefix.count)))
      if inside.isEmpty { continue }
      // Two entries of one name (after `./`, slashes and Unicode NFC): which one would ศทก. get?
      let key = CheckContext.key(inside)
      if records[key] != nil {
        if record.kind != .folder, reported.insert(key).inserted {
          findings.append(
            Finding(RuleID.bundleDuplicateEntry, file: Echo.value(inside), values: ["file": .echo(inside)]))
        }
        continue
      }
      entries.append(BundleEntry(path: inside, kind: record.kind, size: record.size))
      records[key] = record
    }
    self.entries = entries.sorted { $0.path < $1.path }
    self.records = records
    self.openingFindings = findings
  }

  public func read(_ path: String, limit: Int) throws -> [UInt8] {
    guard let record = records[CheckContext.key(path)], record.kind == .file else {
      throw BundleReadError.notRegular
    }
    if record.encrypted { throw BundleReadError.encrypted }
    if record.size > limit { throw BundleReadError.overLimit(bytes: limit) }
    return try ZipEntryReader.read(record, in: url, limit: limit)
  }
}
