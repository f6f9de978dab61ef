import Foundation
import ManualContent

/// Checks one bundle against the rules the content defines, and collects every finding in one
/// run. What a procedure requires is read from the content, never written here. The checks
/// are grouped by concern (manifest, fields, attachments, file contents, advice) over one
/// `CheckContext`.
public struct BundleChecker {
  public let manual: Manual

  public init(manual: Manual) { self.manual = manual }

  /// The rules this checker can report, besides `advice.<note id>`: `RuleID`, which the
  /// content loader checks against rules.yaml in both directions.
  public static var ruleIDs: [String] { RuleID.allCases.map(\.rawValue) }

  public func check(_ bundle: BundleSource) -> BundleReport {
    let context = CheckContext(manual: manual, bundle: bundle)
    bundle.openingFindings.forEach(context.add)
    if let manifest = ManifestChecks(context: context).read(), let procedure = context.procedure {
      for fieldID in procedure.fieldIDs {
        guard let field = manual.field(fieldID) else { continue }
        FieldRules(
          manual: manual, manifest: manifest, procedure: procedure, manifestName: context.manifestName
        )
        .check(field).forEach(context.add)
      }
      AttachmentChecks(context: context, procedure: procedure).run(manifest["attachments"])
      let advice = AdviceChecks(context: context)
      advice.checkUnlistedFiles()
      advice.addAdvice(manifest, procedure: procedure)
    }
    return context.report()
  }
}
