import Foundation
import ManualContent

/// What every check of one bundle shares: the findings so far (each with its severity,
/// decided once when it is added), what the manifest said, the bundle's files by name, and
/// the budgets that one check may spend.
final class CheckContext {
  let manual: Manual
  let bundle: BundleSource
  private(set) var findings: [Finding] = []
  var procedure: Procedure?
  var manifestName = BundleSpec.defaultManifestName
  /// Files the manifest names (as the bundle lists them), so the others are reported as not sent.
  var namedFiles: Set<String> = []
  /// Files already checked, with what was found, so that a file named twice is read once.
  var checkedFiles: [String: [Finding]] = [:]
  /// The bundle's entries by name in Unicode NFC, built once: macOS writes names decomposed
  /// (NFD), an editor composed, and the two must meet.
  private(set) var entriesByName: [String: BundleEntry] = [:]
  var budget = CheckBudget()

  init(manual: Manual, bundle: BundleSource) {
    self.manual = manual
    self.bundle = bundle
    for entry in bundle.entries {
      let key = Self.key(entry.path)
      if entriesByName[key] != nil {
        add(
          Finding(
            RuleID.bundleDuplicateEntry, file: Echo.value(entry.path), values: ["file": .echo(entry.path)])
        )
        continue
      }
      entriesByName[key] = entry
    }
  }

  static func key(_ path: String) -> String { path.precomposedStringWithCanonicalMapping }

  func entry(named name: String) -> BundleEntry? { entriesByName[Self.key(name)] }

  func severity(_ finding: Finding) -> BundleRule.Severity {
    if finding.advice != nil { return .info }
    return manual.rule(finding.ruleID)?.severity ?? .error
  }

  func add(_ finding: Finding) {
    var finding = finding
    finding.severity = severity(finding)
    findings.append(finding)
  }

  /// Most serious first, in the order found; past `BundleLimits.maximumFindings` only counted,
  /// with one last finding that says how many were left out.
  func report() -> BundleReport {
    let order: [BundleRule.Severity: Int] = [.error: 0, .warning: 1, .info: 2]
    var sorted = findings.enumerated().sorted {
      (order[$0.element.severity ?? .error] ?? 0, $0.offset) < (
        order[$1.element.severity ?? .error] ?? 0, $1.offset
      )
    }.map(\.element)
    let limit = BundleLimits.maximumFindings
    if sorted.count > limit {
      let cut = sorted.count - limit
      sorted.removeLast(cut)
      var note = Finding(
        RuleID.reportCut,
        values: ["value": .same("\(cut)"), "expected": .same("\(limit)")])
      note.severity = severity(note)
      sorted.append(note)
    }
    return BundleReport(procedureID: procedure?.id, manifestName: manifestName, findings: sorted)
  }
}

/// What one check may still spend, across all the files of a bundle.
struct CheckBudget {
  var bytesRead = 0
  var pixels = 0
}
