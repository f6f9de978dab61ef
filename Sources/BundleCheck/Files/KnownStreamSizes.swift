import CQPDF
import CZlib
import ManualContent

/// Decoded sizes the PDF pre-scan already measured, so that the page walk does not inflate
/// the same stream again: a 64 MB page image was decoded three times (pre-scan, page walk,
/// qpdf), and a file naming it 2,000 times took 5.6 s. A size is reused only for the very
/// same raw bytes through the very same Flate-only filter chain, which decode to the same
/// size whoever decodes them. Raw bytes are slices of the file's own array: nothing is copied.
struct KnownStreamSizes {
  /// By length and CRC-32 of the raw bytes, so that a file of thousands of streams of one
  /// length costs one pass over each, not a comparison with every other.
  private struct Key: Hashable {
    var count: Int
    var crc: UInt
  }
  private var known: [Key: [(raw: ArraySlice<UInt8>, filters: [String], size: Int)]] = [:]

  private static func key<Bytes: Collection>(_ raw: Bytes) -> Key where Bytes.Element == UInt8 {
    let crc = raw.withContiguousStorageIfAvailable { crc32(0, $0.baseAddress, UInt32($0.count)) } ?? 0
    return Key(count: raw.count, crc: UInt(crc))
  }

  /// Only chains of Flate filters: their output depends on the bytes alone (LZW has a
  /// parameter the pre-scan does not read).
  static func reusable(_ filters: [String]) -> Bool {
    !filters.isEmpty && filters.allSatisfy { $0 == "/FlateDecode" || $0 == "/Fl" }
  }

  mutating func record(_ raw: ArraySlice<UInt8>, filters: [String], size: Int) {
    guard Self.reusable(filters), !raw.isEmpty else { return }
    known[Self.key(raw), default: []].append((raw, filters, size))
  }

  func size(of raw: [UInt8], filters: [String]) -> Int? {
    guard Self.reusable(filters), let candidates = known[Self.key(raw)] else { return nil }
    return candidates.first { $0.filters == filters && $0.raw.elementsEqual(raw) }?.size
  }
}

extension PDFStreams {
  /// A stream the pre-scan measured: its size counted against the same budgets as if it had
  /// been decoded again, its predictor parameters (as qpdf reads them) checked all the same.
  mutating func reuse(_ size: Int, parameters: [qpdf_oh], filters: Int, page: Int, name: String?)
    -> Measurement
  {
    for index in 0..<filters {
      let parameter = index < parameters.count ? parameters[index] : qpdf_oh_new_null(qpdf)
      if let refusal = PredictorCheck.refusal(qpdf, parameter) {
        return .refused(.overLimit(Self.onPage(page, name, refusal)))
      }
    }
    let fileLeft = BundleLimits.maximumDecodedBytesPerFile - decodedBytes
    if size > min(BundleLimits.maximumStreamBytes, fileLeft) {
      let words = Self.overBudgetWords(perFile: fileLeft < BundleLimits.maximumStreamBytes)
      return .refused(.overLimit(Self.onPage(page, name, words)))
    }
    decodedBytes += size
    return .measured(Measured(data: [], stoppedAt: nil))
  }
}
