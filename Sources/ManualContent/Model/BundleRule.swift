/// A rule the bundle validator applies, with its stable id and its words in both languages.
/// Rules as data: `content/rules.yaml` defines them; `precheck rules` lists them.
public struct BundleRule: Sendable {
  public enum Severity: String, Sendable, CaseIterable, Comparable {
    case error, warning, info

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
  }
  public var id: String
  public var severity: Severity
  /// What is wrong, with `{placeholders}` filled in by the validator.
  public var message: LocalizedText
  /// What to do about it.
  public var fix: LocalizedText
}
