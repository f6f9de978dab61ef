import CQPDF
import Foundation

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
    // What a reader needs to show every page: the page tree, each page's content streams and
    // the images (a scan is an image) and forms it draws, decoded. qpdf_check_pdf would also
    // do this, but by writing the whole file to nowhere with every stream recompressed: 41 %
    // of precheck's time went to zlib (BENCHMARKS.md).
    let pages = qpdf_get_num_pages(qpdf)
    if qpdf_has_error(qpdf) == QPDF_TRUE || pages < 0 { return .damaged(detail(qpdf, qpdf_get_error(qpdf))) }
    if pages == 0 { return .damaged("it has no pages") }
    for index in 0..<Int(pages) {
      let page = qpdf_get_page_n(qpdf, index)
      var content: UnsafeMutablePointer<UInt8>? = nil
      var length = 0
      let status = qpdf_oh_get_page_content_data(qpdf, page, &content, &length)
      free(content)
      if status & QPDF_ERRORS != 0 || qpdf_has_error(qpdf) == QPDF_TRUE {
        return .damaged(detail(qpdf, qpdf_get_error(qpdf)))
      }
      if let problem = decodeXObjects(qpdf, of: page) { return .damaged(problem) }
    }
    if qpdf_more_warnings(qpdf) == QPDF_TRUE { return .warnings(detail(qpdf, qpdf_next_warning(qpdf))) }
    return .good
  }

  /// Reads every image and form a page draws through its general-purpose filters (Flate,
  /// LZW…); nil when all of them decode.
  private static func decodeXObjects(_ qpdf: qpdf_data, of page: qpdf_oh) -> String? {
    let resources = qpdf_oh_get_key(qpdf, page, "/Resources")
    let xobjects = qpdf_oh_get_key(qpdf, resources, "/XObject")
    guard qpdf_oh_is_dictionary(qpdf, xobjects) == QPDF_TRUE else { return nil }
    // The key strings belong to qpdf until the next call: copy them first.
    var names: [String] = []
    qpdf_oh_begin_dict_key_iter(qpdf, xobjects)
    while qpdf_oh_dict_more_keys(qpdf) == QPDF_TRUE, names.count < 10_000 {
      if let name = qpdf_oh_dict_next_key(qpdf) { names.append(String(cString: name)) }
    }
    for name in names {
      let stream = qpdf_oh_get_key(qpdf, xobjects, name)
      guard qpdf_oh_is_stream(qpdf, stream) == QPDF_TRUE else { continue }
      var data: UnsafeMutablePointer<UInt8>? = nil
      var length = 0
      var filtered: QPDF_BOOL = QPDF_FALSE
      let status = qpdf_oh_get_stream_data(qpdf, stream, qpdf_dl_generalized, &filtered, &data, &length)
      free(data)
      if status & QPDF_ERRORS != 0 || qpdf_has_error(qpdf) == QPDF_TRUE {
        return detail(qpdf, qpdf_get_error(qpdf))
      }
    }
    return nil
  }

  private static func detail(_ qpdf: qpdf_data, _ error: qpdf_error?) -> String {
    guard let error, let text = qpdf_get_error_message_detail(qpdf, error) else { return "qpdf" }
    let message = String(cString: text)
    return message.count > 160 ? String(message.prefix(160)) + "…" : message
  }
}
