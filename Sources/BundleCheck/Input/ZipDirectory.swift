import Foundation

/// Lists a zip from its central directory, as zip-reader.js does in the browser: each entry's
/// name, kind, sizes, whether it is encrypted (general-purpose flag bit 0), and where its data
/// is; zip64 end records and fields included. Every offset is checked against the file's size
/// before it is sought. The records come in the central directory's order.
enum ZipDirectory {
  struct Record {
    var path: String
    var encrypted: Bool
    var size: Int
    /// A folder when the name ends in `/`; a symbolic link when made on Unix (host 3) with
    /// the link file type in its mode; a file otherwise.
    var kind: BundleEntry.Kind = .file
    /// Where and how the entry's data is stored, for reading it without ZIPFoundation's
    /// loop (see ZipEntryReader); zip64 values already taken from the extra field.
    var method: UInt16 = 0
    var crc32: UInt32 = 0
    var compressedSize: Int = 0
    var localHeaderOffset: Int = 0
    /// A size or offset that says "see the zip64 field" (0xFFFF_FFFF) with no such field:
    /// ZIPFoundation takes it as 4 GB and its inflate loop never ends (found by the zip fuzz
    /// target, Tests/Fixtures/Fuzz/zip/timeout-13s.zip). The entry is damaged.
    var missingZip64 = false
  }

  private static let zip64Marker: UInt64 = 0xFFFF_FFFF

  /// Nil when the file is no zip: no end record, or a directory that cannot be read.
  static func records(of url: URL) -> [Record]? {
    guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
    defer { try? handle.close() }
    guard let size = try? handle.seekToEnd(), size >= 22 else { return nil }
    // The end record is in the last 22 bytes plus at most a 65,535-byte comment.
    let tailLength = min(size, 22 + 65_535)
    guard (try? handle.seek(toOffset: size - tailLength)) != nil,
      let tail = try? handle.read(upToCount: Int(tailLength)).map(Array.init), tail.count >= 22
    else { return nil }
    guard
      let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: {
        tail[$0] == 0x50 && tail[$0 + 1] == 0x4B && tail[$0 + 2] == 0x05 && tail[$0 + 3] == 0x06
      })
    else { return nil }
    var count = Int(tail.uint16(end + 10))
    var directorySize = UInt64(tail.uint32(end + 12))
    var directoryOffset = UInt64(tail.uint32(end + 16))
    if count == 0xFFFF || directorySize == zip64Marker || directoryOffset == zip64Marker {
      // Zip64: the locator (20 bytes before the end record) points at the zip64 end record.
      // Every offset is checked against the file's size first: FileHandle.seek traps on one
      // past Int64.max (found by the zip fuzz target, Tests/Fixtures/Fuzz/zip/zip64-offset-trap.zip).
      let recordOffset = end >= 20 ? tail.uint64(end - 12) : size
      guard end >= 20, tail.uint32(end - 20) == 0x0706_4B50, recordOffset < size, size - recordOffset >= 56,
        (try? handle.seek(toOffset: recordOffset)) != nil,
        let record = try? handle.read(upToCount: 56).map(Array.init), record.count == 56,
        record.uint32(0) == 0x0606_4B50
      else { return nil }
      count = Int(clamping: record.uint64(32))
      directorySize = record.uint64(40)
      directoryOffset = record.uint64(48)
    }
    guard directorySize <= 64 << 20, directoryOffset <= size,
      (try? handle.seek(toOffset: directoryOffset)) != nil,
      let directory = try? handle.read(upToCount: Int(directorySize)).map(Array.init)
    else { return nil }
    var records: [Record] = []
    var index = 0
    while index + 46 <= directory.count, records.count < min(count, BundleLimits.maximumEntries + 1) {
      guard directory.uint32(index) == 0x0201_4B50 else { break }
      let nameLength = Int(directory.uint16(index + 28))
      guard index + 46 + nameLength <= directory.count else { break }
      let name = Array(directory[(index + 46)..<(index + 46 + nameLength)])
      // UTF-8 when flag bit 11 says so or the bytes are valid UTF-8; else Latin-1, never a crash.
      let path =
        String(validating: name, as: UTF8.self) ?? String(decoding: name.map { UInt16($0) }, as: UTF16.self)
      let extraStart = min(index + 46 + nameLength, directory.count)
      let extra = Array(
        directory[extraStart..<min(extraStart + Int(directory.uint16(index + 30)), directory.count)])
      // Uncompressed size, compressed size, offset: each 0xFFFF_FFFF is the next zip64 value.
      var zip64 = zip64Values(in: extra)[...]
      var missing = false
      func resolved(_ value: UInt32) -> Int {
        guard UInt64(value) == zip64Marker else { return Int(value) }
        guard let wide = zip64.popFirst() else {
          missing = true
          return Int(value)
        }
        return Int(clamping: wide)
      }
      let size = resolved(directory.uint32(index + 24))
      let compressedSize = resolved(directory.uint32(index + 20))
      let offset = resolved(directory.uint32(index + 42))
      let unixLink = directory[index + 5] == 3 && (directory.uint32(index + 38) >> 16) & 0xF000 == 0xA000
      records.append(
        Record(
          path: path, encrypted: directory.uint16(index + 8) & 1 != 0, size: size,
          kind: path.hasSuffix("/") ? .folder : unixLink ? .symlink : .file,
          method: directory.uint16(index + 10), crc32: directory.uint32(index + 16),
          compressedSize: compressedSize, localHeaderOffset: offset, missingZip64: missing))
      index += 46 + nameLength + Int(directory.uint16(index + 30)) + Int(directory.uint16(index + 32))
    }
    return records
  }

  /// The 8-byte values of an extra field's zip64 block (header ID 1), in order.
  private static func zip64Values(in extra: [UInt8]) -> [UInt64] {
    var at = 0
    while at + 4 <= extra.count {
      let length = Int(extra.uint16(at + 2))
      if extra.uint16(at) == 1 {
        let end = min(at + 4 + length, extra.count)
        return stride(from: at + 4, to: end - 7, by: 8).map { extra.uint64($0) }
      }
      at += 4 + length
    }
    return []
  }
}

extension Array where Element == UInt8 {
  fileprivate func uint16(_ at: Int) -> UInt16 { UInt16(self[at]) | UInt16(self[at + 1]) << 8 }
  fileprivate func uint32(_ at: Int) -> UInt32 { UInt32(uint16(at)) | UInt32(uint16(at + 2)) << 16 }
  fileprivate func uint64(_ at: Int) -> UInt64 { UInt64(uint32(at)) | UInt64(uint32(at + 4)) << 32 }
}
