import CQPDF
import ManualContent

/// What a PDF finding says: where (page and image) and which limit or fault.
extension PDFStreams {
  static func overBudgetWords(perFile: Bool) -> LocalizedText {
    let limit =
      (perFile ? BundleLimits.maximumDecodedBytesPerFile : BundleLimits.maximumStreamBytes) / 1_048_576
    return perFile
      ? LocalizedText(
        th: "ข้อมูลที่ถอดแล้วรวมกันเกิน \(limit) MiB ต่อไฟล์ (ขีดจำกัด)",
        en: "its streams decode to more than \(limit) MiB together (the limit for one file)")
      : LocalizedText(
        th: "ข้อมูลชุดหนึ่งถอดแล้วเกิน \(limit) MiB (ขีดจำกัด)",
        en: "a stream decodes to more than \(limit) MiB (the limit for one stream)")
  }

  static func onPage(_ page: Int, _ name: String?, _ detail: LocalizedText) -> LocalizedText {
    let image = name.map { " \(Echo.value($0))" } ?? ""
    if page == 0 { return detail }  // a stream of the file itself, on no page
    return LocalizedText(th: "หน้า \(page)\(image): \(detail.th)", en: "page \(page)\(image): \(detail.en)")
  }

  static func detail(_ qpdf: qpdf_data, _ error: qpdf_error?) -> LocalizedText {
    guard let error, let text = qpdf_get_error_message_detail(qpdf, error) else { return .same("qpdf") }
    return .echo(String(cString: text))
  }
}
