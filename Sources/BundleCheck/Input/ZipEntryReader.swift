import CZlib
import Foundation

/// Reads one zip entry's data straight from the file and inflates it with zlib here, under
/// the caller's byte limit, instead of through ZIPFoundation's `extract`: its inflate loop
/// (`repeat … while result != Z_STREAM_END`) spins forever on a deflate stream that does not
/// end within the entry's compressed size (Tests/Fixtures/Fuzz/zip/deflate-never-ends.zip),
/// and a consumer it never calls cannot stop it. Here every input chunk is either consumed or
/// the stream ends; input that runs out first is damage. The CRC-32 is checked against the
/// central directory's.
enum ZipEntryReader {
  private static let chunkSize = 64 * 1024
  private static let localHeaderSignature: UInt32 = 0x0403_4B50

  /// The entry's bytes; `.overLimit` past `limit` decoded bytes, `.damagedInZip` when the data
  /// ends early, does not inflate, or does not match its size and checksum.
  static func read(_ record: ZipDirectory.Record, in url: URL, limit: Int) throws -> [UInt8] {
    if record.missingZip64 { throw BundleReadError.damagedInZip }
    if record.size == 0 && record.compressedSize == 0 { return [] }
    guard let handle = try? FileHandle(forReadingFrom: url) else { throw BundleReadError.unreadable }
    defer { try? handle.close() }
    let offset = UInt64(record.localHeaderOffset)
    // Inside the file, so that the data offset below cannot pass Int64.max (FileHandle.seek traps).
    guard let fileSize = try? handle.seekToEnd(), offset < fileSize,
      (try? handle.seek(toOffset: offset)) != nil,
      let header = try? handle.read(upToCount: 30).map(Array.init), header.count == 30,
      header.uint32(0) == localHeaderSignature
    else { throw BundleReadError.damagedInZip }
    // The local header's own name and extra lengths, which may differ from the directory's.
    let dataOffset = offset + 30 + UInt64(header.uint16(26)) + UInt64(header.uint16(28))
    guard (try? handle.seek(toOffset: dataOffset)) != nil else { throw BundleReadError.damagedInZip }
    var remaining = record.compressedSize
    let nextChunk = { () throws -> [UInt8] in
      let count = min(remaining, chunkSize)
      guard let data = try? handle.read(upToCount: count), data.count == count, count > 0 else {
        throw BundleReadError.damagedInZip
      }
      remaining -= count
      return Array(data)
    }
    var bytes: [UInt8]
    switch record.method {
    case 0:
      if remaining > limit { throw BundleReadError.overLimit(bytes: limit) }
      bytes = []
      while remaining > 0 { bytes += try nextChunk() }
    case 8:
      bytes = try inflate(remaining: { remaining }, nextChunk: nextChunk, limit: limit)
    default:
      // Neither stored nor deflated: nothing here (nor in ZIPFoundation) can read it.
      throw BundleReadError.unreadable
    }
    let checksum = bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
    guard bytes.count == record.size, UInt32(checksum) == record.crc32 else {
      throw BundleReadError.damagedInZip
    }
    return bytes
  }

  private static func inflate(
    remaining: () -> Int, nextChunk: () throws -> [UInt8], limit: Int
  ) throws -> [UInt8] {
    // On the heap: zlib keeps a pointer back to the stream and checks it on every call.
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    defer { stream.deallocate() }
    // Raw deflate (no zlib header), as zip stores it.
    guard inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw BundleReadError.unreadable
    }
    defer { inflateEnd(stream) }
    var bytes: [UInt8] = []
    var output = [UInt8](repeating: 0, count: chunkSize)
    while remaining() > 0 {
      var input = try nextChunk()
      let ended: Bool = try input.withUnsafeMutableBufferPointer { input in
        stream.pointee.next_in = input.baseAddress
        stream.pointee.avail_in = UInt32(input.count)
        while true {
          let before = stream.pointee.avail_in
          let (result, produced) = output.withUnsafeMutableBufferPointer { output in
            stream.pointee.next_out = output.baseAddress
            stream.pointee.avail_out = UInt32(output.count)
            let result = CZlib.inflate(stream, Z_NO_FLUSH)
            return (result, output.count - Int(stream.pointee.avail_out))
          }
          bytes += output[0..<produced]
          if bytes.count > limit { throw BundleReadError.overLimit(bytes: limit) }
          if result == Z_STREAM_END { return true }
          // Z_BUF_ERROR: no progress possible with this input; more input, or the end.
          guard result == Z_OK || result == Z_BUF_ERROR else { throw BundleReadError.damagedInZip }
          if stream.pointee.avail_in == 0 && stream.pointee.avail_out > 0 { return false }
          // Input left and room for output, yet nothing moved: it will never end.
          if produced == 0 && stream.pointee.avail_in == before { throw BundleReadError.damagedInZip }
        }
      }
      if ended { return bytes }
    }
    // The compressed data ran out before the deflate stream said it was done.
    throw BundleReadError.damagedInZip
  }
}

extension Array where Element == UInt8 {
  fileprivate func uint16(_ at: Int) -> UInt16 { UInt16(self[at]) | UInt16(self[at + 1]) << 8 }
  fileprivate func uint32(_ at: Int) -> UInt32 { UInt32(uint16(at)) | UInt32(uint16(at + 2)) << 16 }
}
