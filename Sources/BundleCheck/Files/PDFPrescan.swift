import Foundation
import ManualContent

/// Every stream of a PDF, measured from the file's own bytes before qpdf reads it. qpdf decodes
/// cross-reference and object streams while it opens a file, with no budget: an 18 KB file
/// whose object stream holds the catalog decoded to 3 GB (seen here). A stream's dictionary is
/// never compressed (streams cannot sit inside object streams), so each one can be found and
/// measured with the budgeted decoders first.
struct PDFPrescan {
  private let bytes: [UInt8]
  private var decoded = 0
  /// Streams whose data is encrypted (or otherwise not decodable from the file's bytes), by
  /// object number and generation: they are measured again once qpdf can decrypt them, before
  /// anything inside them (an object stream) is resolved.
  private(set) var unmeasured: [(number: Int32, generation: Int32)] = []
  /// Decoded sizes of the Flate streams measured, for the page walk to reuse.
  private(set) var known = KnownStreamSizes()

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Why the file must not be given to qpdf, naming the limit; nil when every stream fits.
  mutating func refusal() -> LocalizedText? {
    var index = 0
    // Where the previous stream's data ended: objects do not overlap, so the search for the
    // next one starts there, and every byte is looked at a bounded number of times.
    var previousEnd = 0
    var streams = 0
    let keyword = Array("stream".utf8)
    while let found = find(keyword, from: index) {
      index = found + keyword.count
      guard let dictionaryEnd = endOfDictionary(before: found) else { continue }
      streams += 1
      if streams > BundleLimits.maximumPDFStreams {
        let limit = BundleLimits.maximumPDFStreams
        return LocalizedText(
          th: "มีชุดข้อมูล (stream) เกิน \(limit) ชุด (ขีดจำกัด)",
          en: "it holds more than \(limit) streams (the limit)")
      }
      // A damaged file can put the previous stream's end after this dictionary's end (found by
      // the pdf fuzz target): an empty dictionary then, never a reversed range.
      let dictionaryStart = min(startOfObject(before: dictionaryEnd, notBefore: previousEnd), dictionaryEnd)
      let dictionary = String(decoding: bytes[dictionaryStart..<dictionaryEnd], as: UTF8.self)
      var dataStart = index
      if dataStart < bytes.count, bytes[dataStart] == 0x0D { dataStart += 1 }
      if dataStart < bytes.count, bytes[dataStart] == 0x0A { dataStart += 1 }
      let length = Self.integer("/Length", in: dictionary, direct: true)
      let end =
        length.map { min(bytes.count, dataStart + max(0, $0)) }
        ?? find(Array("endstream".utf8), from: dataStart) ?? bytes.count
      switch measure(dictionary, data: bytes[min(dataStart, end)..<end]) {
      case .refused(let refusal): return refusal
      case .undecodable:
        if let id = objectID(endingAt: dictionaryStart), unmeasured.count <= BundleLimits.maximumPDFStreams {
          unmeasured.append(id)
        }
      case .fits: break
      }
      index = max(index, end)
      previousEnd = end
    }
    return nil
  }

  enum Measurement {
    case fits
    case undecodable
    case refused(LocalizedText)
  }

  private mutating func measure(_ dictionary: String, data raw: ArraySlice<UInt8>) -> Measurement {
    let filters = Self.filterNames(in: dictionary)
    guard !filters.isEmpty else { return .fits }
    if filters.count > BundleLimits.maximumFilters {
      let limit = BundleLimits.maximumFilters
      return .refused(
        LocalizedText(
          th: "ใช้ตัวกรองต่อกัน \(filters.count) ชั้น เกินขีดจำกัด \(limit)",
          en: "\(filters.count) filters in a chain, over the limit of \(limit)"))
    }
    if let refusal = PredictorCheck.refusal(
      predictor: Self.integer("/Predictor", in: dictionary) ?? 1,
      columns: Self.integer("/Columns", in: dictionary) ?? 1,
      colors: Self.integer("/Colors", in: dictionary) ?? 1,
      bits: Self.integer("/BitsPerComponent", in: dictionary) ?? 8)
    {
      return .refused(refusal)
    }
    var data = Array(raw)
    for (index, filter) in filters.enumerated() where StreamDecoders.names.contains(filter) {
      let left = BundleLimits.maximumDecodedBytesPerFile - decoded
      let budget = min(BundleLimits.maximumStreamBytes, left)
      let last = index == filters.count - 1 || !StreamDecoders.names.contains(filters[index + 1])
      switch StreamDecoders.decode(filter, data, budget: budget, keep: !last) {
      case .decoded(let output, let size):
        data = output
        if last {
          decoded += size
          if index == filters.count - 1 { known.record(raw, filters: filters, size: size) }
        }
      case .undecodable: return .undecodable
      case .overBudget:
        return .refused(PDFStreams.overBudgetWords(perFile: left < BundleLimits.maximumStreamBytes))
      }
      if last { break }
    }
    return .fits
  }

  // MARK: reading the file's text

  /// The first `needle` at or after `start`: memchr finds each candidate first byte, since
  /// this runs over whole files (memmem is not visible to Swift on glibc).
  private func find(_ needle: [UInt8], from start: Int) -> Int? {
    bytes.withUnsafeBytes { haystack -> Int? in
      var at = start
      while at + needle.count <= haystack.count {
        guard
          let hit = memchr(
            haystack.baseAddress! + at, Int32(needle[0]), haystack.count - at - needle.count + 1)
        else { return nil }
        let index = haystack.baseAddress!.distance(to: UnsafeRawPointer(hit))
        if memcmp(hit, needle, needle.count) == 0 { return index }
        at = index + 1
      }
      return nil
    }
  }

  /// The `>>` just before `stream` (only whitespace between), so `endstream` is not taken.
  private func endOfDictionary(before index: Int) -> Int? {
    var at = index - 1
    while at >= 0, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[at]) { at -= 1 }
    guard at >= 1, bytes[at] == UInt8(ascii: ">"), bytes[at - 1] == UInt8(ascii: ">") else { return nil }
    return at + 1
  }

  /// The `obj` keyword that opens the stream's object, looked for within 64 KB back and not
  /// before the previous stream's end.
  private func startOfObject(before index: Int, notBefore previousEnd: Int) -> Int {
    var at = index - 3
    let lowest = max(previousEnd, index - 65_536)
    while at >= lowest {
      if bytes[at] == UInt8(ascii: "o"), bytes[at + 1] == UInt8(ascii: "b"),
        bytes[at + 2] == UInt8(ascii: "j")
      {
        return at + 3
      }
      at -= 1
    }
    return lowest
  }

  /// `12 0` of the `12 0 obj` that ends where the dictionary starts.
  private func objectID(endingAt start: Int) -> (number: Int32, generation: Int32)? {
    let from = max(0, start - 32)
    let words = String(decoding: bytes[from..<start], as: UTF8.self).split(whereSeparator: \.isWhitespace)
    guard words.count >= 3, words[words.count - 1].hasSuffix("obj"),
      let generation = Int32(words[words.count - 2]),
      let number = Int32(words[words.count - 3].split(whereSeparator: { !$0.isNumber }).last ?? "")
    else { return nil }
    return (number, generation)
  }

  static func filterNames(in dictionary: String) -> [String] {
    guard let range = dictionary.range(of: "/Filter") else { return [] }
    let rest = dictionary[range.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }
    if rest.first == "[" {
      let inside = rest.dropFirst().prefix { $0 != "]" }
      return inside.split(separator: "/").map { "/" + $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        .filter { $0.count > 1 }
    }
    guard rest.first == "/" else { return [] }
    return ["/" + rest.dropFirst().prefix { $0.isLetter || $0.isNumber }]
  }

  /// The integer after `key`; with `direct`, not when it is a reference (`5 0 R`).
  static func integer(_ key: String, in dictionary: String, direct: Bool = false) -> Int? {
    guard let range = dictionary.range(of: key + " ") ?? dictionary.range(of: key + "\n") else { return nil }
    let words = dictionary[range.upperBound...].split(whereSeparator: { " \n\r/>".contains($0) }).prefix(3)
    guard let first = words.first, let value = Int(first) else { return nil }
    if direct, words.count == 3, words[words.startIndex + 2] == "R" { return nil }
    return value
  }
}
