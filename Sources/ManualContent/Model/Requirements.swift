/// A field of a request form, e.g. `contact.phone`. Rules as data: the site lists it in
/// "before you start" and the bundle validator checks it, from this one definition.
public struct FieldDefinition: Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    case text
    case nationalID = "national-id"
    case thaiPhone = "thai-phone"
    case email
    case choices
    case assignment
  }
  public var id: String
  public var group: String?
  public var kind: Kind
  public var optional: Bool
  /// For `choices` and `assignment`: the id of the list in `choices.yaml`.
  public var choiceListID: String?
  public var minimum: Int
  /// Another field whose presence lifts `minimum` (privileges may be empty with an assignment).
  public var unless: String?
  public var label: LocalizedText
}

/// Something the officer declares about an attachment, e.g. `signed_by_unit_head`.
public struct Declaration: Sendable {
  public var id: String
  public var label: LocalizedText
}

/// A kind of document a request uploads, e.g. `request-memo`.
public struct AttachmentRole: Sendable {
  public var id: String
  public var title: LocalizedText
  /// File types CRIMES takes for this document, as `attachments.yaml` lists them.
  public var fileTypes: [FileType]
  public var declarationIDs: [String]
}

/// A list the officer chooses from, e.g. the external data sources.
public struct ChoiceList: Sendable {
  public var id: String
  public var title: LocalizedText
  public var items: [Choice]
  public var gap: Gap?
}

public struct Choice: Sendable {
  public var id: String
  public var label: LocalizedText
  /// For assignment kinds: whether the officer must name a unit (secondment does).
  public var needsUnit: Bool
}
