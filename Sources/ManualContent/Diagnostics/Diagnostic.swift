/// A problem with where it is, what is wrong and how to fix it, in both languages: the one
/// diagnostic of the package. Content problems, a command's refusals and (through
/// `init(_:at:_:fix:rule:help:)`) precheck's findings all take this shape and print through
/// `DiagnosticFormatter`. The people who edit the content read Thai first.
public struct Diagnostic: Sendable, CustomStringConvertible {
  public typealias Severity = ManualContent.Severity

  public var severity: Severity
  /// Where the problem is; nil when it is about the command as a whole (a refused output
  /// folder, a path that does not exist).
  public var location: SourceLocation?
  public var message: LocalizedText
  public var fix: LocalizedText
  /// The rule broken, for bundle findings: `attachment.pdf-password`.
  public var ruleID: String?
  /// The help page and step that explains it, relative to the site root.
  public var help: String?

  public init(
    _ severity: Severity, at location: SourceLocation?, _ message: LocalizedText,
    fix: LocalizedText, rule ruleID: String? = nil, help: String? = nil
  ) {
    self.severity = severity
    self.location = location
    self.message = message
    self.fix = fix
    self.ruleID = ruleID
    self.help = help
  }

  /// In both languages, as `guide` prints it.
  public var description: String { DiagnosticFormatter.format(self) }
}

/// Collects every problem of a load, so that all are reported at once.
final class DiagnosticSink {
  private(set) var diagnostics: [Diagnostic] = []

  /// Reports a message of the catalogue with its placeholders filled in.
  func report(
    _ location: SourceLocation, _ message: Message, _ values: [String: any PlaceholderValue] = [:],
    severity: Severity = .error
  ) {
    let (text, fix) = message.filled(values)
    diagnostics.append(Diagnostic(severity, at: location, text, fix: fix))
  }

  /// Diagnostics found elsewhere (a file parsed on another thread).
  func append(_ found: [Diagnostic]) { diagnostics += found }
}

/// Thrown when content cannot be used; carries every problem found, not just the first.
public struct ContentError: Error, CustomStringConvertible {
  public var diagnostics: [Diagnostic]
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
