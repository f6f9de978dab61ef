import ManualContent

extension BundleReport {
  /// The findings as the package's one diagnostic type, with the rule's words filled in, its
  /// id and its help link: for printing with `DiagnosticFormatter` like every other problem.
  /// Advice keeps the note's words; its fix is empty, since the note is its own instruction.
  public func diagnostics(in manual: Manual) -> [Diagnostic] {
    let words = ReportWords(manual: manual)
    return findings.map { finding in
      // A finding's line is always the manifest's (an attachment's `file:` line); without one,
      // the place is the file the finding is about.
      let location =
        finding.line.map { SourceLocation(file: manifestName, line: $0, column: 0) }
        ?? finding.file.map { SourceLocation(file: $0, line: 0, column: 0) }
      func text(_ word: (Finding, Language) -> String?) -> LocalizedText {
        LocalizedText(th: word(finding, .th) ?? "", en: word(finding, .en) ?? "")
      }
      return Diagnostic(
        severity(of: finding, in: manual), at: location, text(words.message), fix: text(words.fix),
        rule: finding.ruleID, help: finding.help)
    }
  }
}
