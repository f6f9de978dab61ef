import CQPDF

/// Opens a PDF with qpdf's C API, as ศทก.'s reader would have to: a password-protected,
/// truncated or damaged file is told apart from a good one. qpdf catches its own C++
/// exceptions behind the C API, so nothing escapes into Swift.
enum PDFInspector {
  enum Verdict: Equatable {
    case good
    case needsPassword
    case damaged(String)
    /// Opens, but qpdf's full check found faults a reader may or may not tolerate.
    case warnings(String)
  }

  static func inspect(_ bytes: [UInt8]) -> Verdict {
    guard let qpdf = qpdf_init() else { return .damaged("qpdf could not start") }
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
      return .damaged(detail(qpdf, error))
    }
    let check = qpdf_check_pdf(qpdf)
    if check & QPDF_ERRORS != 0 { return .damaged(detail(qpdf, qpdf_get_error(qpdf))) }
    if check & QPDF_WARNINGS != 0, qpdf_more_warnings(qpdf) == QPDF_TRUE {
      return .warnings(detail(qpdf, qpdf_next_warning(qpdf)))
    }
    return .good
  }

  private static func detail(_ qpdf: qpdf_data, _ error: qpdf_error?) -> String {
    guard let error, let text = qpdf_get_error_message_detail(qpdf, error) else { return "qpdf" }
    let message = String(cString: text)
    return message.count > 160 ? String(message.prefix(160)) + "…" : message
  }
}
