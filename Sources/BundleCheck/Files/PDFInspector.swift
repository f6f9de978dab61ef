import CQPDF
import Foundation
import ManualContent

/// Opens a PDF with qpdf's C API, as ศทก.'s reader would have to, and decodes what every page
/// draws: its content, the forms and images it uses (each object once, however often drawn),
/// JPEG (DCT) scans through TurboJPEG. qpdf catches its own C++ exceptions behind the C API,
/// so nothing escapes into Swift; and since qpdf decodes without limits, each stream is first
/// measured here (`PDFStreams`) against `BundleLimits`.
struct PDFInspector {
  enum Verdict: Equatable {
    case good
    case needsPassword
    case damaged(LocalizedText)
    /// Opens, but qpdf found faults a reader may or may not tolerate.
    case warnings(LocalizedText)
    /// Refused unread: decoding it would pass one of `BundleLimits`, named in the words.
    case overLimit(LocalizedText)
  }

  /// Image filters nobody here can decode (JBIG2, JPEG 2000, fax), to be named in a warning.
  private(set) var uncheckedFilters: Set<String> = []
  private(set) var pixelsDecoded = 0
  private let pixelBudget: Int

  init(pixelBudget: Int = BundleLimits.maximumPixelsPerBundle) { self.pixelBudget = pixelBudget }

  /// The verdict and what a report says of it.
  mutating func inspect(_ bytes: [UInt8]) -> [(rule: RuleID, values: [String: LocalizedText])] {
    var problems: [(rule: RuleID, values: [String: LocalizedText])] = []
    switch verdict(bytes) {
    case .good: break
    case .needsPassword: problems.append((RuleID.attachmentPDFPassword, [:]))
    case .damaged(let detail): problems.append((RuleID.attachmentPDFDamaged, ["detail": detail]))
    case .warnings(let detail): problems.append((RuleID.attachmentPDFWarning, ["detail": detail]))
    case .overLimit(let detail): problems.append((RuleID.attachmentOverLimit, ["detail": detail]))
    }
    if !uncheckedFilters.isEmpty {
      problems.append(
        (
          RuleID.attachmentPDFImageUnchecked,
          ["detail": .same(uncheckedFilters.sorted().joined(separator: ", "))]
        ))
    }
    return problems
  }

  mutating func verdict(_ bytes: [UInt8]) -> Verdict {
    var prescan = PDFPrescan(bytes)
    if let refusal = prescan.refusal() { return .overLimit(refusal) }
    guard let qpdf = qpdf_init() else { return .damaged(.same("qpdf could not start")) }
    var handle: qpdf_data? = qpdf
    defer { qpdf_cleanup(&handle) }
    qpdf_silence_errors(qpdf)
    qpdf_set_suppress_warnings(qpdf, QPDF_TRUE)
    // No recovery: a file that only opens after qpdf rebuilds it is damaged for ศทก.
    qpdf_set_attempt_recovery(qpdf, QPDF_FALSE)
    let status = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        qpdf_read_memory(qpdf, "attachment.pdf", $0, UInt64(buffer.count), nil)
      }
    }
    if status & QPDF_ERRORS != 0 {
      let error = qpdf_get_error(qpdf)
      if let error, qpdf_get_error_code(qpdf, error) == qpdf_e_password { return .needsPassword }
      return .damaged(PDFStreams.detail(qpdf, error))
    }
    var streams = PDFStreams(qpdf: qpdf)
    streams.knownSizes = prescan.known
    // Encrypted streams the prescan could not measure, measured now that qpdf decrypts them,
    // before a page (or the catalog, which may sit in an object stream) is asked for.
    for id in prescan.unmeasured {
      let object = qpdf_get_object_by_id(qpdf, id.number, id.generation)
      guard qpdf_oh_is_stream(qpdf, object) == QPDF_TRUE else { continue }
      if case .refused(let verdict) = streams.measure(object, page: 0, name: nil) { return verdict }
    }
    // The page tree is counted first, within the limit: qpdf's own page list copies every
    // page a hostile tree repeats.
    if let verdict = streams.countPages() { return verdict }
    let pages = qpdf_get_num_pages(qpdf)
    if qpdf_has_error(qpdf) == QPDF_TRUE || pages < 0 {
      return .damaged(PDFStreams.detail(qpdf, qpdf_get_error(qpdf)))
    }
    if pages == 0 { return .damaged(LocalizedText(th: "ไม่มีหน้าเอกสาร", en: "it has no pages")) }
    streams.pixelBudget = pixelBudget
    defer {
      uncheckedFilters = streams.uncheckedFilters
      pixelsDecoded = streams.pixelsDecoded
    }
    for index in 0..<Int(pages) {
      let page = qpdf_get_page_n(qpdf, index)
      if let verdict = streams.checkPage(page, number: index + 1) { return verdict }
      qpdf_oh_release_all(qpdf)
    }
    if qpdf_more_warnings(qpdf) == QPDF_TRUE {
      return .warnings(PDFStreams.detail(qpdf, qpdf_next_warning(qpdf)))
    }
    return .good
  }
}
