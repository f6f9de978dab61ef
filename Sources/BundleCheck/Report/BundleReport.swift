import ManualContent

/// The outcome of checking one bundle: the procedure it is for and every finding, most
/// serious first. Ready means no error; warnings and advice may remain.
public struct BundleReport: Sendable {
  public var procedureID: String?
  /// `request.yaml` or `request.json`: the file that manifest line numbers refer to.
  public var manifestName: String
  public var findings: [Finding]

  public func severity(of finding: Finding, in manual: Manual) -> BundleRule.Severity {
    finding.severity ?? (finding.advice != nil ? .info : manual.rule(finding.ruleID)?.severity ?? .error)
  }

  public func isReady(in manual: Manual) -> Bool {
    !findings.contains { severity(of: $0, in: manual) == .error }
  }
}
