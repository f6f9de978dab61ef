import Foundation
import Yams

/// One content file, read and parsed into a YAML tree. Problems (missing file, not UTF-8,
/// YAML syntax) are reported with their place, and the file is then skipped.
struct ContentFile {
  /// Content files are hand-written text; anything larger is a mistake, not content.
  static let maximumSize = 1 << 20

  let path: String
  let root: Node

  init?(source: ContentSource, relativePath: String, sink: DiagnosticSink, required: Bool = true) {
    self.path = relativePath
    let start = SourceLocation(file: relativePath, line: 1, column: 1)
    guard source.exists(relativePath) else {
      if required {
        sink.error(
          start, LocalizedText(th: "ไม่พบไฟล์นี้", en: "this file is missing"),
          fix: LocalizedText(
            th: "สร้างไฟล์ \(relativePath) ในโฟลเดอร์เนื้อหา",
            en: "create \(relativePath) in the content folder"))
      }
      return nil
    }
    guard let data = source.data(at: relativePath), data.count <= Self.maximumSize else {
      sink.error(
        start,
        LocalizedText(th: "อ่านไฟล์ไม่ได้ หรือไฟล์ใหญ่เกิน 1 MiB", en: "cannot read this file, or it is over 1 MiB"),
        fix: LocalizedText(th: "ตรวจสอบสิทธิ์และขนาดของไฟล์", en: "check the file's permissions and size"))
      return nil
    }
    guard let text = String(data: data, encoding: .utf8) else {
      sink.error(
        start, LocalizedText(th: "ไฟล์ไม่ได้บันทึกเป็น UTF-8", en: "this file is not UTF-8 text"),
        fix: LocalizedText(th: "บันทึกไฟล์ใหม่เป็น UTF-8", en: "save the file again as UTF-8"))
      return nil
    }
    do {
      // UTF-8 named here: Yams's default reads the whole environment on every parse.
      guard let root = try Yams.compose(yaml: text, .default, .default, .utf8) else {
        sink.error(
          start, LocalizedText(th: "ไฟล์ว่างเปล่า", en: "this file is empty"),
          fix: LocalizedText(th: "เขียนเนื้อหาลงในไฟล์", en: "write the content into the file"))
        return nil
      }
      self.root = root
    } catch let error as YamlError {
      let (problem, mark) = Self.describe(error)
      sink.error(
        SourceLocation(file: relativePath, line: mark?.line ?? 1, column: mark?.column ?? 1),
        LocalizedText(th: "รูปแบบ YAML ไม่ถูกต้อง: \(problem)", en: "this is not valid YAML: \(problem)"),
        fix: LocalizedText(
          th: "ตรวจการย่อหน้า เครื่องหมาย : และเครื่องหมายคำพูดในบรรทัดนี้หรือบรรทัดก่อนหน้า",
          en: "check the indentation, the `:` and the quotes on this line or the line before"))
      return nil
    } catch {
      sink.error(
        start, LocalizedText(th: "อ่าน YAML ไม่ได้: \(error)", en: "cannot read the YAML: \(error)"),
        fix: LocalizedText(th: "ตรวจรูปแบบของไฟล์", en: "check the file's format"))
      return nil
    }
  }

  private static func describe(_ error: YamlError) -> (String, Mark?) {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return (problem, mark)
    default:
      return ("\(error)", nil)
    }
  }

  /// Reads the root mapping of the file with the given allowed keys.
  func reader(allowed: [String], sink: DiagnosticSink) -> MappingReader? {
    MappingReader(root, file: path, allowed: allowed, sink: sink, what: "the file")
  }
}
