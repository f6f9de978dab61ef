import Foundation

/// Reads a zip's central directory itself for the one thing ZIPFoundation keeps private:
/// whether each entry is encrypted (general-purpose flag bit 0). The flags come in the
/// central directory's order, which is the order ZIPFoundation lists the entries in.
enum ZipDirectory {
  static func encryptionFlags(of url: URL) -> [Bool] {
    guard let handle = try? FileHandle(forReadingFrom: url) else { return [] }
    defer { try? handle.close() }
    guard let size = try? handle.seekToEnd(), size >= 22 else { return [] }
    // The end record is in the last 22 bytes plus at most a 65,535-byte comment.
    let tailLength = min(size, 22 + 65_535)
    guard (try? handle.seek(toOffset: size - tailLength)) != nil,
      let tail = try? handle.read(upToCount: Int(tailLength)).map(Array.init), tail.count >= 22
    else { return [] }
    guard let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: {
      tail[$0] == 0x50 && tail[$0 + 1] == 0x4B && tail[$0 + 2] == 0x05 && tail[$0 + 3] == 0x06
    }) else { return [] }
    let count = Int(tail.uint16(end + 10))
    let directorySize = Int(tail.uint32(end + 12))
    let directoryOffset = UInt64(tail.uint32(end + 16))
    // Zip64 archives keep these in another record; their flags are simply not read.
    guard count != 0xFFFF, directoryOffset != 0xFFFF_FFFF, directorySize <= 64 << 20,
      (try? handle.seek(toOffset: directoryOffset)) != nil,
      let directory = try? handle.read(upToCount: directorySize).map(Array.init)
    else { return [] }
    var flags: [Bool] = []
    var index = 0
    while index + 46 <= directory.count, flags.count < min(count, BundleLimits.maximumEntries + 1) {
      guard directory.uint32(index) == 0x0201_4B50 else { break }
      flags.append(directory.uint16(index + 8) & 1 != 0)
      index += 46 + Int(directory.uint16(index + 28)) + Int(directory.uint16(index + 30))
        + Int(directory.uint16(index + 32))
    }
    return flags
  }
}

extension Array where Element == UInt8 {
  fileprivate func uint16(_ at: Int) -> UInt16 { UInt16(self[at]) | UInt16(self[at + 1]) << 8 }
  fileprivate func uint32(_ at: Int) -> UInt32 { UInt32(uint16(at)) | UInt32(uint16(at + 2)) << 16 }
}
