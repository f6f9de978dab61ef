/// The constants of the request-bundle contract, version 1 (the bundle spec): what a bundle
/// written today names, so that content and checker can never drift from it.
public enum BundleSpec {
  /// The only format version: `bundle: 1`.
  public static let version = "1"

  /// The manifest's names, in the order they are looked for; a bundle holds exactly one.
  public static let manifestNames = ["request.yaml", "request.json"]
  /// The name a report gives the manifest when there is none.
  public static var defaultManifestName: String { manifestNames[0] }

  /// The keys of a manifest that are not fields of a procedure.
  public static let versionKey = "bundle"
  public static let procedureKey = "procedure"
  public static let attachmentsKey = "attachments"
  public static var reservedKeys: [String] { [versionKey, procedureKey, attachmentsKey] }
  /// The keys of one entry of `attachments:`, besides its role's declarations.
  public static let attachmentFileKey = "file"
  public static let attachmentRoleKey = "role"

  /// Ids bundles written today name; content may add more but never drop these.
  public static let fixedProcedureIDs = [
    "renew-user", "external-search", "renew-search-rights", "extra-privilege",
  ]
  public static let fixedAttachmentRoleIDs = ["request-memo", "request-form", "official-id-copy"]
  /// (choice list, choice) pairs bundles name.
  public static let fixedChoiceIDs = [
    (list: "data-sources", choice: "civil-registration"), (list: "assignment-kinds", choice: "secondment"),
    (list: "assignment-kinds", choice: "return"),
  ]
}
