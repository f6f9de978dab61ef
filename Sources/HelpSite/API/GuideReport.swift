import Foundation
import ManualContent

/// What `guide check` and `guide build` report about a content folder: the content's own
/// diagnostics plus the site's (missing interface strings).
public struct GuideReport {
  public var manual: Manual?
  public var diagnostics: [Diagnostic]

  public var isClean: Bool { manual != nil && !diagnostics.contains { $0.severity == .error } }

  public static func check(_ directory: URL) -> GuideReport {
    let result = ManualLoader.check(directory)
    var diagnostics = result.diagnostics
    if let manual = result.manual {
      diagnostics += SiteText.missingKeys(in: manual).map {
        Diagnostic(
          .error, at: SourceLocation(file: "interface.yaml", line: 1, column: 1),
          LocalizedText(th: "ไม่มีข้อความหน้าเว็บ `\($0)`", en: "the interface text `\($0)` is missing"),
          fix: LocalizedText(th: "เพิ่ม `\($0): {th: …, en: …}`", en: "add `\($0): {th: …, en: …}`"))
      }
    }
    return GuideReport(manual: result.manual, diagnostics: diagnostics)
  }

  /// Diagnostics to standard error, one per problem, with a count at the end.
  public func printDiagnostics() {
    let text = DiagnosticFormatter.report(
      diagnostics, about: LocalizedText(th: "ในเนื้อหา", en: "in the content"))
    FileHandle.standardError.write(Data(text.utf8))
  }
}
