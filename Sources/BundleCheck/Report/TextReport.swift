import ManualContent

/// The report an officer reads in a terminal: a summary first, then each finding grouped by
/// severity with where it is, what is wrong, what to do, and the help page that explains it.
public struct TextReport {
  public let manual: Manual
  public let languages: [Language]
  /// Where the help site is, relative to where the officer runs precheck.
  public let siteRoot: String

  public init(manual: Manual, languages: [Language], siteRoot: String = "site") {
    self.manual = manual
    self.languages = languages
    self.siteRoot = siteRoot
  }

  public func render(_ report: BundleReport, bundleName: String) -> String {
    let words = ReportWords(manual: manual)
    let errors = report.findings.filter { report.severity(of: $0, in: manual) == .error }.count
    var lines: [String] = []
    for language in languages {
      var header = "\(words.ui("precheck.bundle", language)): \(Echo.visible(bundleName))"
      if let id = report.procedureID, let procedure = manual.procedure(id) {
        header +=
          " · \(words.ui("precheck.procedure", language)): \(ReportWords.plain(procedure.title[language]))"
      }
      lines.append(header)
    }
    for language in languages {
      let summary =
        errors == 0
        ? words.ui("precheck.ready", language)
        : errors == 1
          ? words.ui("precheck.not-ready.one", language)
          : words.ui("precheck.not-ready.many", language, ["count": "\(errors)"])
      lines.append(summary)
    }
    var number = 0
    for (severity, key) in [
      (BundleRule.Severity.error, "precheck.errors"), (.warning, "precheck.warnings"),
      (.info, "precheck.advice"),
    ] {
      let group = report.findings.filter { report.severity(of: $0, in: manual) == severity }
      guard !group.isEmpty else { continue }
      lines.append("")
      lines.append(languages.map { "\(words.ui(key, $0)) (\(group.count))" }.joined(separator: " · "))
      for finding in group {
        number += 1
        var block: [String] = []
        let place = placeDescription(finding, manifest: report.manifestName)
        if !place.isEmpty {
          // One "where" line, in the first language: a place reads the same in both.
          let language = languages[0]
          block.append(
            "\(words.ui("precheck.where", language)): \(place.replacingAll("{line}", with: words.ui("precheck.line", language)))"
          )
        }
        for language in languages {
          block.append(words.message(finding, language))
          if let fix = words.fix(finding, language) {
            block.append("  \(words.ui("precheck.fix", language)): \(fix)")
          }
        }
        if let help = finding.help {
          block.append(
            "  \(words.ui("precheck.help", languages[0])): \(siteRoot)/\(SitePaths.inLanguage(languages[0], help))"
          )
        }
        lines.append("\(number). [\(finding.ruleID)] " + block[0])
        lines.append(contentsOf: block.dropFirst().map { "   " + $0 })
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `request.yaml {line} 7, officer.national_id (memo.pdf)`: the manifest line and field
  /// where known, and the file the finding is about.
  private func placeDescription(_ finding: Finding, manifest: String) -> String {
    var parts: [String] = []
    if let line = finding.line { parts.append("\(manifest) {line} \(line)") }
    if let path = finding.path { parts.append(path) }
    var place = parts.joined(separator: ", ")
    if let file = finding.file, file != manifest {
      place += place.isEmpty ? file : " (\(file))"
    }
    return Echo.visible(place)
  }
}
