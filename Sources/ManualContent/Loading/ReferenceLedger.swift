/// Ids the content defines and ids it refers to, with where each stands, so that a reference
/// to something that does not exist is reported at the line that makes it.
final class ReferenceLedger {
  enum Kind: String, CaseIterable {
    case procedure, section, field, fieldGroup, declaration, attachmentRole, choiceList, choice
    case question, glossaryTerm, step, rule

    var name: LocalizedText {
      switch self {
      case .procedure: return LocalizedText(th: "ขั้นตอนงาน", en: "procedure")
      case .section: return LocalizedText(th: "หัวข้อ", en: "section")
      case .field: return LocalizedText(th: "ช่องข้อมูล", en: "field")
      case .fieldGroup: return LocalizedText(th: "ช่องข้อมูลหรือกลุ่มช่องข้อมูล", en: "field or field group")
      case .declaration: return LocalizedText(th: "คำรับรอง", en: "declaration")
      case .attachmentRole: return LocalizedText(th: "ชนิดเอกสารแนบ", en: "attachment role")
      case .choiceList: return LocalizedText(th: "รายการตัวเลือก", en: "choice list")
      case .choice: return LocalizedText(th: "ตัวเลือก", en: "choice")
      case .question: return LocalizedText(th: "คำถาม", en: "question")
      case .glossaryTerm: return LocalizedText(th: "คำศัพท์", en: "glossary term")
      case .step: return LocalizedText(th: "ขั้นตอน", en: "step")
      case .rule: return LocalizedText(th: "กฎการตรวจ", en: "rule")
      }
    }

    /// How ids of this kind must be spelt (see `ContentID`).
    var syntax: ContentID.Syntax {
      switch self {
      case .field, .fieldGroup, .declaration: return .manifestKey
      case .rule: return .rule
      default: return .slug
      }
    }

    /// The file where ids of this kind are defined, for the fix.
    var home: String {
      switch self {
      case .procedure: return "procedures/<id>.yaml"
      case .section: return "manual.yaml"
      case .field, .fieldGroup, .declaration: return "fields.yaml"
      case .attachmentRole: return "attachments.yaml"
      case .choiceList, .choice: return "choices.yaml"
      case .question: return "finder.yaml"
      case .glossaryTerm: return "glossary.yaml"
      case .step: return "procedures/<id>.yaml"
      case .rule: return "rules.yaml"
      }
    }
  }

  /// Ids whose file could not be read; its own error is reported, not every reference to it.
  var unreadable: Set<String> = []
  private var definitions: [Kind: [String: SourceLocation]] = [:]
  private var references: [(Kind, String, SourceLocation)] = []

  /// A call of `define` or `refer`, as a recording ledger keeps it.
  enum Call {
    case define(Kind, String, SourceLocation, scope: String)
    case refer(Kind, String, SourceLocation)
  }

  /// For a ledger that records: the sink of the file being read, whose diagnostics the calls
  /// are interleaved with.
  private let recordingBeside: DiagnosticSink?
  /// The calls recorded, each with how many diagnostics its file's sink held when it was made.
  private(set) var recorded: [(position: Int, call: Call)] = []

  init() { recordingBeside = nil }

  /// A ledger that records its calls instead of making them, so that a file can be read on
  /// another thread and its calls replayed on the real ledger, in order, afterwards (issue
  /// 12: procedures are read on every core). `sink` is the file's own sink.
  init(recordingBeside sink: DiagnosticSink) { recordingBeside = sink }

  /// Makes a file's recorded calls and reports its diagnostics into `sink`, in the order they
  /// happened: what reading the file here would have done.
  func replay(_ recorded: [(position: Int, call: Call)], diagnostics: [Diagnostic], into sink: DiagnosticSink)
  {
    var next = 0
    for (position, call) in recorded {
      sink.append(Array(diagnostics[next..<position]))
      next = position
      switch call {
      case .define(let kind, let id, let location, let scope):
        define(kind, id, at: location, scope: scope, sink: sink)
      case .refer(let kind, let id, let location): refer(kind, id, at: location)
      }
    }
    sink.append(Array(diagnostics[next...]))
  }

  /// Records a definition; a second one with the same id in the same scope is an error.
  func define(
    _ kind: Kind, _ id: String, at location: SourceLocation, scope: String = "", sink: DiagnosticSink
  ) {
    if let recordingBeside {
      recorded.append((recordingBeside.diagnostics.count, .define(kind, id, location, scope: scope)))
      return
    }
    ContentIDCheck.check(id, kind.syntax, what: kind.name, at: location, sink: sink)
    let key = scope.isEmpty ? id : "\(scope)/\(id)"
    if let first = definitions[kind]?[key] {
      sink.report(location, Messages.duplicateID, ["kind": kind.name, "id": id, "first": first.description])
      return
    }
    definitions[kind, default: [:]][key] = location
  }

  func refer(_ kind: Kind, _ id: String, at location: SourceLocation) {
    if let recordingBeside {
      recorded.append((recordingBeside.diagnostics.count, .refer(kind, id, location)))
      return
    }
    references.append((kind, id, location))
  }

  func isDefined(_ kind: Kind, _ id: String) -> Bool { definitions[kind]?[id] != nil }

  func definedIDs(_ kind: Kind) -> [String: SourceLocation] { definitions[kind] ?? [:] }

  /// Reports every reference to an id nobody defined.
  func reportDangling(sink: DiagnosticSink) {
    for (kind, id, location) in references where !isDefined(kind, id) {
      var known = (definitions[kind] ?? [:]).keys.sorted()
      if kind == .fieldGroup { known += (definitions[.field] ?? [:]).keys.sorted() }
      if kind == .fieldGroup && isDefined(.field, id) { continue }
      // A condition may name a part of a structured field: `assignment.second_station`.
      if kind == .field && (definitions[.field] ?? [:]).keys.contains(where: { id.hasPrefix($0 + ".") }) {
        continue
      }
      let list = known.isEmpty ? "—" : known.joined(separator: ", ")
      sink.report(
        location, Messages.danglingReference, ["kind": kind.name, "id": id, "known": list, "home": kind.home])
    }
  }
}

/// Reports an id that is not spelt as its kind's ids must be.
enum ContentIDCheck {
  static func check(
    _ id: String, _ syntax: ContentID.Syntax, what: LocalizedText, at location: SourceLocation,
    sink: DiagnosticSink
  ) {
    guard !ContentID.isValid(id, syntax) else { return }
    sink.report(
      location, Messages.badIDSpelling,
      ["kind": what, "id": id, "pattern": syntax.pattern, "joiner": syntax == .manifestKey ? "`_`" : "`-`"])
  }
}
