/// A rule the bundle validator applies, with its stable id and its words in both languages.
/// Rules as data: `content/rules.yaml` defines them; `precheck rules` lists them.
public struct BundleRule: Sendable {
  public typealias Severity = ManualContent.Severity

  /// A minimal bad bundle that breaks the rule: what the tests and the fixture generator
  /// build, so that the words and the checker are shown to agree.
  public struct Example: Sendable, Hashable {
    /// YAML merged over a ready manifest of the fragment's procedure (external-search when
    /// it names none): mappings merge key by key, anything else replaces, `null` removes.
    public var manifest: String?
    /// For rules about files rather than manifest lines: the file to make.
    public var files: String?

    public init(manifest: String? = nil, files: String? = nil) {
      self.manifest = manifest
      self.files = files
    }
  }

  public var id: String
  public var severity: Severity
  /// What is wrong, with `{placeholders}` filled in by the validator.
  public var message: LocalizedText
  /// What to do about it.
  public var fix: LocalizedText
  public var examples: [Example]
}

/// How much a finding or a diagnostic matters; one scale for content, bundles and commands.
public enum Severity: String, Sendable, CaseIterable, Comparable {
  case error, warning, info

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
