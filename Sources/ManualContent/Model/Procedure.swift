/// One procedure of the manual, e.g. `external-search`: what it asks for, and its steps.
public struct Procedure: Sendable {
  public var id: String
  public var title: LocalizedText
  public var summary: LocalizedText
  /// Field ids (from `fields.yaml`) the request asks for, groups already expanded.
  public var fieldIDs: [String]
  /// Attachment role ids (from `attachments.yaml`) the request must carry.
  public var attachmentRoleIDs: [String]
  public var notes: [Note]
  public var steps: [Step]
  /// A figure for the whole procedure, where the manual had a screenshot but no steps.
  public var figure: Figure?
  public var gaps: [Gap]
  public var location: SourceLocation

  /// Every note of the procedure, its own and its steps', in reading order.
  public var allNotes: [Note] { notes + steps.flatMap(\.notes) }
  /// Every gap of the procedure, its own and its steps', in reading order.
  public var allGaps: [Gap] { gaps + steps.flatMap(\.gaps) }

  /// The step that explains filling in `fieldID`, if one does.
  public func step(explaining fieldID: String) -> Step? {
    steps.first { $0.fieldIDs.contains(fieldID) }
  }

  /// The step that explains attaching the document of `roleID`, if one does.
  public func step(attaching roleID: String) -> Step? {
    steps.first { $0.attachmentRoleIDs.contains(roleID) }
  }
}

public struct Step: Sendable {
  public var id: String
  public var title: LocalizedText
  public var text: LocalizedText
  /// Alternatives ("or") the officer picks one of, introduced by `optionsIntro`.
  public var optionsIntro: LocalizedText?
  public var options: [LocalizedText]
  public var attachmentRoleIDs: [String]
  /// Fields of the request this step explains (groups expanded): where help links point.
  public var fieldIDs: [String]
  public var figure: Figure?
  public var notes: [Note]
  public var gaps: [Gap]
}

public struct Note: Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    case warning
    case info
  }
  public var id: String
  public var kind: Kind
  public var text: LocalizedText
  /// When the advice applies to a request; nil means always.
  public var condition: Condition?
  /// For "use Chrome N or lower": N, so that the page can tell the reader whether the
  /// browser they use now would do.
  public var chromeAtMost: Int?
}

/// A condition on a request's answers, e.g. "data_sources includes civil-registration".
public struct Condition: Sendable, Hashable {
  public enum Test: Sendable, Hashable {
    case includes(String)
    case isTrue
  }
  public var fieldID: String
  public var test: Test
}

/// A picture with numbered callouts. The original screenshots are lost, so most are
/// schematic drawings; replacing `image` with a real screenshot is a one-line change.
public struct Figure: Sendable {
  public var image: String
  public var schematic: Bool
  public var alt: LocalizedText
  public var callouts: [Callout]
}

public struct Callout: Sendable {
  public var number: Int
  /// Position of the callout's centre, in percent of the image's width and height.
  public var x: Double
  public var y: Double
  public var label: LocalizedText
}

/// Something the source manual does not say. Shown on the site and listed by `guide check`,
/// so that ศทก. staff can fill it in; never papered over with invented text.
public struct Gap: Sendable {
  public var id: String
  public var text: LocalizedText
  public var location: SourceLocation
}
