/// The one way diagnostics are written for people: `path:line:column: error: …` first, as
/// compilers print it so that editors can jump to it, then the fix, then the other language.
///
///     procedures/renew-user.yaml:5:1: error: unknown field `sumary` in the file; …
///         fix: rename it to one of the expected fields, or remove the line
///         ไทย: ไม่รู้จักช่อง `sumary` … — วิธีแก้: แก้ชื่อช่อง…
///
/// A diagnostic without a place starts with its tool's name instead (`guide: error: …`).
public enum DiagnosticFormatter {
  /// One diagnostic in the languages asked for. With both, English leads (terminals and
  /// editors match on it) and the Thai follows on its own line.
  public static func format(
    _ diagnostic: Diagnostic, languages: [Language] = [.en, .th], tool: String? = nil
  ) -> String {
    let place = diagnostic.location.map { "\($0): " } ?? tool.map { "\($0): " } ?? ""
    let head = "\(place)\(diagnostic.severity.rawValue)"
    let english = languages.contains(.en)
    let thai = languages.contains(.th)
    var lines: [String] = []
    if english {
      lines.append("\(head): \(diagnostic.message.en)")
      lines.append("    fix: \(diagnostic.fix.en)")
      if thai { lines.append("    ไทย: \(diagnostic.message.th) — วิธีแก้: \(diagnostic.fix.th)") }
    } else {
      lines.append("\(head): \(diagnostic.message.th)")
      lines.append("    วิธีแก้: \(diagnostic.fix.th)")
    }
    if let rule = diagnostic.ruleID { lines.append("    rule: \(rule)") }
    if let help = diagnostic.help { lines.append("    help: \(help)") }
    return lines.joined(separator: "\n")
  }

  /// Every diagnostic, then how many errors there were: what `guide` writes to standard error.
  public static func report(_ diagnostics: [Diagnostic], about subject: LocalizedText, tool: String? = nil)
    -> String
  {
    guard !diagnostics.isEmpty else { return "" }
    var text = diagnostics.map { format($0, tool: tool) }.joined(separator: "\n") + "\n"
    let errors = diagnostics.filter { $0.severity == .error }.count
    text +=
      "\(errors) error\(errors == 1 ? "" : "s") \(subject.en). / ข้อผิดพลาด \(errors) รายการ\(subject.th)\n"
    return text
  }
}
