/// The whole manual: the one content model that the help site and the bundle
/// validator both read. It holds text and rules, never HTML.
public struct Manual: Sendable {
  public var publisher: LocalizedText
  public var office: LocalizedText
  public var title: LocalizedText
  public var about: LocalizedText
  public var systemAddress: LocalizedText
  public var sections: [Section]
  public var closing: LocalizedText
  public var procedures: [Procedure]
  public var fields: [FieldDefinition]
  public var declarations: [Declaration]
  public var attachmentRoles: [AttachmentRole]
  public var choiceLists: [ChoiceList]
  public var glossary: [GlossaryTerm]
  public var finder: Finder
  /// Interface strings of the site (buttons, headings), by key.
  public var interface: [String: LocalizedText]
  /// The rules of the bundle validator, by id.
  public var rules: [BundleRule]
  /// Gaps about the manual as a whole (e.g. how long approvals take).
  public var gaps: [Gap]
  /// Gaps about attachments in general (e.g. size limits).
  public var attachmentGaps: [Gap]

  public func procedure(_ id: String) -> Procedure? { procedures.first { $0.id == id } }
  public func field(_ id: String) -> FieldDefinition? { fields.first { $0.id == id } }
  public func declaration(_ id: String) -> Declaration? { declarations.first { $0.id == id } }
  public func attachmentRole(_ id: String) -> AttachmentRole? {
    attachmentRoles.first { $0.id == id }
  }
  public func choiceList(_ id: String) -> ChoiceList? { choiceLists.first { $0.id == id } }
  public func rule(_ id: String) -> BundleRule? { rules.first { $0.id == id } }

  /// Every gap in the manual, in reading order: what `guide check` lists.
  public var allGaps: [Gap] {
    sections.compactMap(\.gap) + procedures.flatMap(\.allGaps)
      + choiceLists.compactMap(\.gap) + attachmentGaps + gaps
  }
}

/// A section of the deck, in the deck's order.
public enum Section: Sendable {
  case procedure(id: String)
  /// A title the deck gives with no steps of its own.
  case titleOnly(id: String, title: LocalizedText, gap: Gap)

  public var gap: Gap? {
    if case .titleOnly(_, _, let gap) = self { return gap }
    return nil
  }
}

public struct GlossaryTerm: Sendable {
  public var id: String
  public var term: LocalizedText
  public var meaning: LocalizedText
  /// Procedures where the term matters.
  public var procedureIDs: [String]
}

/// "Which procedure do I need?": questions whose answers lead on.
public struct Finder: Sendable {
  public var startID: String
  public var questions: [Question]

  public struct Question: Sendable {
    public var id: String
    public var question: LocalizedText
    public var answers: [Answer]
  }

  public struct Answer: Sendable {
    public enum Target: Sendable, Hashable {
      case question(String)
      case procedure(String)
      case section(String)
    }
    public var text: LocalizedText
    public var target: Target
  }
}
