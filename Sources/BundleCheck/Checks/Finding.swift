import ManualContent

/// One thing the validator found, ready for a report: the rule, where, and the values to
/// put into the rule's words.
public struct Finding: Sendable {
  public var ruleID: String
  /// The field path in the manifest, e.g. `attachments[0].file`.
  public var path: String?
  /// The file in the bundle the finding is about.
  public var file: String?
  /// The manifest line, where known.
  public var line: Int?
  /// Values for the `{placeholders}` of the rule's words, in both languages. Never the raw
  /// national ID.
  public var values: [String: LocalizedText]
  /// For advice: the note's own words, used instead of a rule's.
  public var advice: Note?
  /// The help page and step that explains the rule, relative to the site root.
  public var help: String?
  /// Decided once, from the rule, when the checker adds the finding.
  public var severity: BundleRule.Severity?

  /// A finding of one of the checker's rules: `RuleID` is their one list.
  public init(
    _ rule: RuleID, path: String? = nil, file: String? = nil, line: Int? = nil,
    values: [String: LocalizedText] = [:], help: String? = nil
  ) {
    self.ruleID = rule.rawValue
    self.path = path
    self.file = file
    self.line = line
    self.values = values
    self.help = help
  }

  /// The advice a note of the manual gives, as `advice.<note id>`.
  public init(adviceOf note: Note, help: String? = nil) {
    self.ruleID = RuleID.advice(note.id)
    self.values = [:]
    self.advice = note
    self.help = help
  }

  static let tooManyEntries = Finding(
    RuleID.bundleTooLarge,
    values: [
      "detail": LocalizedText(
        th: "มีไฟล์เกิน \(BundleLimits.maximumEntries) ไฟล์", en: "more than \(BundleLimits.maximumEntries) files"
      )
    ])
  static let tooDeep = Finding(
    RuleID.bundleTooLarge,
    values: [
      "detail": LocalizedText(
        th: "มีโฟลเดอร์ซ้อนกันเกิน \(BundleLimits.maximumFolderDepth) ชั้น",
        en: "folders nested more than \(BundleLimits.maximumFolderDepth) deep")
    ])
  static func unsafeEntry(_ path: String) -> Finding {
    Finding(RuleID.bundleUnsafeEntry, file: Echo.value(path), values: ["file": .echo(path)])
  }
  static func tooLarge(_ detail: LocalizedText) -> Finding {
    Finding(RuleID.bundleTooLarge, values: ["detail": detail])
  }
}

extension LocalizedText {
  /// A value written the same in both languages: a file name, a number, an id.
  static func same(_ text: String) -> LocalizedText { LocalizedText(th: text, en: text) }
}
