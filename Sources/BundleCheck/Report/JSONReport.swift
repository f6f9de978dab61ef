import Foundation
import ManualContent

/// `--format json`: exactly the object the request-bundle spec shows.
public struct JSONReport {
  public let manual: Manual
  /// The language of the help links (the site has one page per language).
  public let helpLanguage: Language

  /// One line per report, for several bundles in one run (JSON Lines).
  public let compact: Bool

  public init(manual: Manual, helpLanguage: Language, compact: Bool = false) {
    self.manual = manual
    self.helpLanguage = helpLanguage
    self.compact = compact
  }

  public func render(_ report: BundleReport) -> String {
    let words = ReportWords(manual: manual)
    var object: [String: Any] = [
      "bundle": 1,
      "procedure": report.procedureID.map { $0 as Any } ?? NSNull(),
      "ready": report.isReady(in: manual),
    ]
    object["findings"] = report.findings.map { finding -> [String: Any] in
      var item: [String: Any] = [
        "severity": report.severity(of: finding, in: manual).rawValue,
        "rule": finding.ruleID,
        "message": [
          "th": [words.message(finding, .th), words.fix(finding, .th)].compactMap { $0 }.joined(
            separator: " "),
          "en": [words.message(finding, .en), words.fix(finding, .en)].compactMap { $0 }.joined(
            separator: ". ")
            + (words.fix(finding, .en) == nil ? "" : "."),
        ],
      ]
      if let path = finding.path { item["path"] = path }
      if let file = finding.file { item["file"] = file }
      if let help = finding.help { item["help"] = SitePaths.inLanguage(helpLanguage, help) }
      return item
    }
    let data = try! JSONSerialization.data(
      withJSONObject: object,
      options: compact
        ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    // RFC 8259 asks only for C0 controls to be escaped inside strings; bidirectional
    // overrides, DEL/C1 controls and U+2028/2029 are escaped too (`\u202E`), as in the text
    // report, so that printing the JSON cannot reorder or forge a line, while a JSON reader
    // still gets the file's exact name back. Outside strings there is only the layout's own
    // "\n" (and spaces), which stays.
    return Echo.visible(String(decoding: data, as: UTF8.self), keeping: ["\n"]) + "\n"
  }
}
