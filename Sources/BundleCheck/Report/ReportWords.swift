import ManualContent

/// The words of a report, from `interface.yaml` (keys `precheck.*`) and `rules.yaml`, with the
/// `{placeholders}` filled in.
public struct ReportWords {
  let manual: Manual

  public static let requiredKeys = [
    "precheck.ready", "precheck.not-ready.one", "precheck.not-ready.many", "precheck.errors",
    "precheck.warnings", "precheck.advice", "precheck.where", "precheck.line", "precheck.fix",
    "precheck.help", "precheck.bundle", "precheck.procedure",
  ]

  func ui(_ key: String, _ language: Language, _ values: [String: String] = [:]) -> String {
    let text = manual.interface[key]?[language] ?? key
    return values.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
  }

  /// What is wrong, in one language.
  func message(_ finding: Finding, _ language: Language) -> String {
    if let note = finding.advice { return Self.plain(note.text[language]) }
    guard let rule = manual.rule(finding.ruleID) else { return finding.ruleID }
    return fill(rule.message[language], finding, language)
  }

  /// What to do about it; nil for advice, which is its own instruction.
  func fix(_ finding: Finding, _ language: Language) -> String? {
    guard finding.advice == nil, let rule = manual.rule(finding.ruleID) else { return nil }
    return fill(rule.fix[language], finding, language)
  }

  private func fill(_ template: String, _ finding: Finding, _ language: Language) -> String {
    finding.values.reduce(template) { text, pair in
      // Values from the bundle are already masked (`Echo`); here they lose what could
      // rewrite a terminal line: control characters and bidirectional overrides.
      var value = Echo.visible(Self.plain(pair.value[language]))
      // A label starting a Thai sentence keeps its case; an English one inside a sentence
      // ("The {label} is not attached") reads better without a capital.
      if language == .en, pair.key == "label", let range = text.range(of: "{label}"),
        range.lowerBound != text.startIndex
      {
        value = value.prefix(1).lowercased() + value.dropFirst()
      }
      return text.replacingOccurrences(of: "{\(pair.key)}", with: value)
    }
  }

  /// Content text without its Markdown marks, for a terminal.
  static func plain(_ markdown: String) -> String { markdown.withoutMarkdownMarks }
}
