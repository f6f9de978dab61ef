import Foundation

/// Reads a zip's central directory itself, for what ZIPFoundation keeps private or hides:
/// whether each entry is encrypted (general-purpose flag bit 0), and the entries after an
/// encrypted one (ZIPFoundation's listing stops silently at the first encrypted entry). The
/// records come in the central directory's order, which is the order ZIPFoundation lists.
enum ZipDirectory {
  struct Record {
    var path: String
    var encrypted: Bool
    var size: Int
    /// Where and how the entry's data is stored, for reading it without ZIPFoundation's
    /// inflate loop (see ZipEntryReader). Zip64 entries (0xFFFF_FFFF here) are left to it.
    var method: UInt16 = 0
    var crc32: UInt32 = 0
    var compressedSize: UInt32 = 0
    var localHeaderOffset: UInt32 = 0

    var isZip64: Bool {
      size == 0xFFFF_FFFF || compressedSize == 0xFFFF_FFFF || localHeaderOffset == 0xFFFF_FFFF
    }
  }

  static func records(of url: URL) -> [Record] {
    guard let handle = try? FileHandle(forReadingFrom: url) else { return [] }
    defer { try? handle.close() }
    guard let size = try? handle.seekToEnd(), size >= 22 else { return [] }
    // The end record is in the last 22 bytes plus at most a 65,535-byte comment.
    let tailLength = min(size, 22 + 65_535)
    guard (try? handle.seek(toOffset: size - tailLength)) != nil,
      let tail = try? handle.read(upToCount: Int(tailLength)).map(Array.init), tail.count >= 22
    else { return [] }
    guard
      let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: {
        tail[$0] == 0x50 && tail[$0 + 1] == 0x4B && tail[$0 + 2] == 0x05 && tail[$0 + 3] == 0x06
      })
    else { return [] }
    let count = Int(tail.uint16(end + 10))
    let directorySize = Int(tail.uint32(end + 12))
    let directoryOffset = UInt64(tail.uint32(end + 16))
    // Zip64 archives keep these in another record; their flags are simply not read.
    guard count != 0xFFFF, directoryOffset != 0xFFFF_FFFF, directorySize <= 64 << 20,
      (try? handle.seek(toOffset: directoryOffset)) != nil,
      let directory = try? handle.read(upToCount: directorySize).map(Array.init)
    else { return [] }
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
      records.append(
        Record(
          path: path, encrypted: directory.uint16(index + 8) & 1 != 0,
          size: Int(directory.uint32(index + 24)),
          method: directory.uint16(index + 10), crc32: directory.uint32(index + 16),
          compressedSize: directory.uint32(index + 20), localHeaderOffset: directory.uint32(index + 42)))
      index += 46 + nameLength + Int(directory.uint16(index + 30)) + Int(directory.uint16(index + 32))
    }
    return records
  }
}

extension Array where Element == UInt8 {
  fileprivate func uint16(_ at: Int) -> UInt16 { UInt16(self[at]) | UInt16(self[at + 1]) << 8 }
  fileprivate func uint32(_ at: Int) -> UInt32 { UInt32(uint16(at)) | UInt32(uint16(at + 2)) << 16 }
}
