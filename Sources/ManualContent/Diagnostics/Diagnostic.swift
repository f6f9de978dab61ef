/// A problem found in the content, with where it is, what is wrong and how to fix it,
/// in both languages: the people who edit the content read Thai first.
public struct Diagnostic: Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    case error
    case warning
  }
  public var severity: Severity
  public var location: SourceLocation
  public var message: LocalizedText
  public var fix: LocalizedText

  public init(
    _ severity: Severity, at location: SourceLocation, _ message: LocalizedText,
    fix: LocalizedText
  ) {
    self.severity = severity
    self.location = location
    self.message = message
    self.fix = fix
  }

  /// `path:line:column: error: …` as compilers print it, so editors can jump to it.
  public var description: String {
    """
    \(location): \(severity.rawValue): \(message.en)
        fix: \(fix.en)
        ไทย: \(message.th) — วิธีแก้: \(fix.th)
    """
  }
}

/// Collects every problem of a load, so that all are reported at once.
final class DiagnosticSink {
  private(set) var diagnostics: [Diagnostic] = []

  func error(_ location: SourceLocation, _ message: LocalizedText, fix: LocalizedText) {
    diagnostics.append(Diagnostic(.error, at: location, message, fix: fix))
  }

  /// Reports a message of the catalogue with its placeholders filled in.
  func report(
    _ location: SourceLocation, _ message: Message, _ values: [String: any PlaceholderValue] = [:],
    severity: Diagnostic.Severity = .error
  ) {
    let (text, fix) = message.filled(values)
    diagnostics.append(Diagnostic(severity, at: location, text, fix: fix))
  }

  func warning(_ location: SourceLocation, _ message: LocalizedText, fix: LocalizedText) {
    diagnostics.append(Diagnostic(.warning, at: location, message, fix: fix))
  }
}

/// Thrown when content cannot be used; carries every problem found, not just the first.
public struct ContentError: Error, CustomStringConvertible {
  public var diagnostics: [Diagnostic]
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
