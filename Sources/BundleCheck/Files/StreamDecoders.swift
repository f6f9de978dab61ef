import CZlib  // ZIPFoundation's module for the system zlib

/// The general-purpose PDF filters, decoded here within a byte budget so that precheck knows
/// how large a stream becomes before qpdf (which has no budget) is asked to decode it: a
/// 4 KB stream of chained Flate filters can decode to gigabytes.
enum StreamDecoders {
  enum Outcome: Equatable {
    /// The bytes (none when only counted) and how many there are.
    case decoded([UInt8], size: Int)
    /// More than the budget would come out.
    case overBudget
    /// The data is not valid for the filter; qpdf will say how, within the same sizes.
    case undecodable
  }

  static let names: Set<String> = [
    "/FlateDecode", "/Fl", "/LZWDecode", "/LZW", "/ASCIIHexDecode", "/AHx", "/ASCII85Decode", "/A85",
    "/RunLengthDecode", "/RL",
  ]

  /// `keep: false` only counts (the last filter of a stream qpdf decodes itself): nothing is
  /// stored, and `.decoded` holds no bytes.
  static func decode(
    _ filter: String, _ input: [UInt8], budget: Int, earlyChange: Bool = true, keep: Bool = true
  ) -> Outcome {
    switch filter {
    case "/FlateDecode", "/Fl": return inflate(input, budget: budget, keep: keep)
    case "/LZWDecode", "/LZW": return lzw(input, budget: budget, earlyChange: earlyChange)
    case "/ASCIIHexDecode", "/AHx": return asciiHex(input, budget: budget)
    case "/ASCII85Decode", "/A85": return ascii85(input, budget: budget)
    case "/RunLengthDecode", "/RL": return runLength(input, budget: budget)
    default: return .undecodable
    }
  }

  static func inflate(_ input: [UInt8], budget: Int, keep: Bool = true) -> Outcome {
    var stream = z_stream()
    guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      return .undecodable
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var counted = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 18)
    var source = input
    return source.withUnsafeMutableBufferPointer { inBuffer -> Outcome in
      stream.next_in = inBuffer.baseAddress
      stream.avail_in = uInt(inBuffer.count)
      while true {
        let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
          stream.next_out = out.baseAddress
          stream.avail_out = uInt(out.count)
          return CZlib.inflate(&stream, Z_NO_FLUSH)
        }
        let produced = chunk.count - Int(stream.avail_out)
        counted += produced
        if counted > budget { return .overBudget }
        if keep { output += chunk[0..<produced] }
        switch status {
        case Z_STREAM_END: return .decoded(output, size: counted)
        case Z_OK: if produced == 0 && stream.avail_in == 0 { return .decoded(output, size: counted) }
        case Z_BUF_ERROR: return .decoded(output, size: counted)  // input ended early: qpdf judges that
        default: return counted == 0 ? .undecodable : .decoded(output, size: counted)
        }
      }
    }
  }

  static func lzw(_ input: [UInt8], budget: Int, earlyChange: Bool) -> Outcome {
    var table: [[UInt8]] = (0..<256).map { [UInt8($0)] } + [[], []]
    var output: [UInt8] = []
    var bits = 0
    var buffer = 0
    var width = 9
    var previous: [UInt8]? = nil
    for byte in input {
      buffer = (buffer << 8) | Int(byte)
      bits += 8
      while bits >= width {
        let code = (buffer >> (bits - width)) & ((1 << width) - 1)
        bits -= width
        buffer &= (1 << bits) - 1
        if code == 256 {
          table.removeLast(table.count - 258)
          width = 9
          previous = nil
          continue
        }
        if code == 257 { return .decoded(output, size: output.count) }
        let entry: [UInt8]
        if code < table.count {
          entry = table[code]
        } else if code == table.count, let previous {
          entry = previous + [previous[0]]
        } else {
          return output.isEmpty ? .undecodable : .decoded(output, size: output.count)
        }
        if output.count + entry.count > budget { return .overBudget }
        output += entry
        if let previous, table.count < 4096 { table.append(previous + [entry[0]]) }
        previous = entry
        let next = table.count + (earlyChange ? 1 : 0)
        if next >= (1 << width) && width < 12 { width += 1 }
      }
    }
    return .decoded(output, size: output.count)
  }

  static func asciiHex(_ input: [UInt8], budget: Int) -> Outcome {
    var output: [UInt8] = []
    var high: UInt8? = nil
    for byte in input {
      if byte == UInt8(ascii: ">") { break }
      let value: UInt8
      switch byte {
      case 0x30...0x39: value = byte - 0x30
      case 0x41...0x46: value = byte - 0x41 + 10
      case 0x61...0x66: value = byte - 0x61 + 10
      default: continue
      }
      if let first = high {
        output.append(first << 4 | value)
        high = nil
        if output.count > budget { return .overBudget }
      } else {
        high = value
      }
    }
    if let high { output.append(high << 4) }
    return .decoded(output, size: output.count)
  }

  static func ascii85(_ input: [UInt8], budget: Int) -> Outcome {
    var output: [UInt8] = []
    var group: [UInt32] = []
    func flush(_ count: Int) {
      var value: UInt32 = 0
      for index in 0..<5 { value = value &* 85 &+ (index < group.count ? group[index] : 84) }
      let bytes = [
        UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF),
      ]
      output += bytes.prefix(count)
    }
    for byte in input {
      if byte == UInt8(ascii: "~") { break }
      if byte == UInt8(ascii: "z") && group.isEmpty {
        output += [0, 0, 0, 0]
      } else if (33...117).contains(byte) {
        group.append(UInt32(byte - 33))
        if group.count == 5 {
          flush(4)
          group.removeAll()
        }
      }
      if output.count > budget { return .overBudget }
    }
    if group.count > 1 { flush(group.count - 1) }
    return .decoded(output, size: output.count)
  }

  static func runLength(_ input: [UInt8], budget: Int) -> Outcome {
    var output: [UInt8] = []
    var index = 0
    while index < input.count {
      let length = Int(input[index])
      if length == 128 { break }
      if length < 128 {
        let end = min(input.count, index + 2 + length)
        output += input[(index + 1)..<end]
        index = end
      } else {
        guard index + 1 < input.count else { break }
        output += [UInt8](repeating: input[index + 1], count: 257 - length)
        index += 2
      }
      if output.count > budget { return .overBudget }
    }
    return .decoded(output, size: output.count)
  }
}
