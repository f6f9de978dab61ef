/// Every rule the bundle checker can report, besides `advice.<note id>` (which comes from
/// the procedures' notes). The one list: the content loader checks it against `rules.yaml`
/// in both directions, so a rule the checker reports always has words, and a rule with words
/// is always one the checker can report.
public enum RuleID: String, CaseIterable, Sendable {
  case manifestMissing = "manifest.missing"
  case manifestAmbiguous = "manifest.ambiguous"
  case manifestUnreadable = "manifest.unreadable"
  case manifestVersion = "manifest.version"
  case manifestProcedure = "manifest.procedure"
  case manifestUnknownField = "manifest.unknown-field"
  case fieldMissing = "field.missing"
  case fieldBlank = "field.blank"
  case fieldType = "field.type"
  case officerNationalID = "officer.national-id"
  case contactPhone = "contact.phone"
  case contactEmail = "contact.email"
  case selectionUnknown = "selection.unknown"
  case selectionUnlisted = "selection.unlisted"
  case selectionTooFew = "selection.too-few"
  case selectionTooFewUnless = "selection.too-few-unless"
  case assignmentUnitMissing = "assignment.unit-missing"
  case assignmentUnitUnexpected = "assignment.unit-unexpected"
  case attachmentMissing = "attachment.missing"
  case attachmentRoleUnknown = "attachment.role-unknown"
  case attachmentFileMissing = "attachment.file-missing"
  case attachmentPathOutside = "attachment.path-outside"
  case attachmentNotRegular = "attachment.not-regular"
  case attachmentExtension = "attachment.extension"
  case attachmentEmpty = "attachment.empty"
  case attachmentTypeMismatch = "attachment.type-mismatch"
  case attachmentPDFDamaged = "attachment.pdf-damaged"
  case attachmentPDFWarning = "attachment.pdf-warning"
  case attachmentPDFPassword = "attachment.pdf-password"
  case attachmentJPEGDamaged = "attachment.jpeg-damaged"
  case attachmentJPEGUnsupported = "attachment.jpeg-unsupported"
  case attachmentUnreadable = "attachment.unreadable"
  case declarationMissing = "declaration.missing"
  case bundleUnlistedFile = "bundle.unlisted-file"
  case bundleUnsafeEntry = "bundle.unsafe-entry"
  case bundleTooLarge = "bundle.too-large"
  case bundleDuplicateEntry = "bundle.duplicate-entry"
  case attachmentListedTwice = "attachment.listed-twice"
  case attachmentOverLimit = "attachment.over-limit"
  case attachmentPDFImageUnchecked = "attachment.pdf-image-unchecked"
  case attachmentEncrypted = "attachment.encrypted"
  case reportCut = "report.cut"

  /// Advice findings are named `advice.<note id>`; their words are the note's own.
  public static let advicePrefix = "advice."

  /// The rule id of the advice a note gives.
  public static func advice(_ noteID: String) -> String { advicePrefix + noteID }
}
