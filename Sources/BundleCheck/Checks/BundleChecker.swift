import Foundation
import ManualContent

/// Checks one bundle against the rules the content defines, and collects every finding in one
/// run. What a procedure requires is read from the content, never written here. The checks
/// are grouped by concern (manifest, fields, attachments, file contents, advice) over one
/// `CheckContext`.
public struct BundleChecker {
  public let manual: Manual

  public init(manual: Manual) { self.manual = manual }

  /// The rules this checker can report, besides `advice.<note id>`; each must be in rules.yaml.
  public static let ruleIDs = [
    "manifest.missing", "manifest.ambiguous", "manifest.unreadable", "manifest.version",
    "manifest.procedure", "manifest.unknown-field", "field.missing", "field.blank", "field.type",
    "officer.national-id", "contact.phone", "contact.email", "selection.unknown",
    "selection.unlisted", "selection.too-few", "selection.too-few-unless",
    "assignment.unit-missing", "assignment.unit-unexpected", "attachment.missing",
    "attachment.role-unknown", "attachment.file-missing", "attachment.path-outside",
    "attachment.not-regular", "attachment.extension", "attachment.empty",
    "attachment.type-mismatch", "attachment.pdf-damaged", "attachment.pdf-warning",
    "attachment.pdf-password", "attachment.jpeg-damaged", "attachment.unreadable",
    "declaration.missing", "bundle.unlisted-file", "bundle.unsafe-entry", "bundle.too-large",
    "attachment.listed-twice", "attachment.over-limit", "attachment.pdf-image-unchecked",
    "bundle.duplicate-entry", "attachment.encrypted", "report.cut",
  ]

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
