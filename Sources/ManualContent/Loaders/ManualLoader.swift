import Foundation

/// Loads the manual from a content folder. Every problem in every file is collected and
/// reported together; the manual is returned only when there is no error. Each content file
/// kind has its own loader (next to this file) with its declared schema.
public enum ManualLoader {
  /// The result of a load: the manual when it could be built, and every diagnostic.
  public struct Result: Sendable {
    public var manual: Manual?
    public var diagnostics: [Diagnostic]
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
  }

  /// Loads and throws `ContentError` with every problem when the content has errors.
  public static func load(from directory: URL) throws -> Manual {
    try load(from: ContentFolder(directory))
  }

  public static func load(from source: ContentSource) throws -> Manual {
    let result = check(source)
    guard let manual = result.manual, result.errors.isEmpty else {
      throw ContentError(diagnostics: result.diagnostics)
    }
    return manual
  }

  /// Loads without throwing: what `guide check` reports.
  public static func check(_ directory: URL) -> Result { check(ContentFolder(directory)) }

  public static func check(_ source: ContentSource) -> Result {
    let context = LoadContext(source: source, sink: DiagnosticSink())
    let manual = ManualAssembly(context: context).read()
    // In file order, then line and column, as an editor lists them.
    func place(_ diagnostic: Diagnostic) -> (String, Int, Int) {
      let location = diagnostic.location
      return (location?.file ?? "", location?.line ?? 0, location?.column ?? 0)
    }
    let diagnostics = context.sink.diagnostics.sorted { place($0) < place($1) }
    let hasErrors = diagnostics.contains { $0.severity == .error }
    return Result(manual: hasErrors ? nil : manual, diagnostics: diagnostics)
  }
}

/// Every file read by its loader, then joined into one manual and checked across files.
private struct ManualAssembly {
  let context: LoadContext

  func read() -> Manual? {
    let (top, front) = ManualFileLoader(context: context).load()
    let procedures = ProcedureLoader(context: context).load()
    let (fields, declarations) = FieldsLoader(context: context).load()
    let (roles, attachmentGaps) = AttachmentsLoader(context: context).load()
    let choiceLists = ChoicesLoader(context: context).load()
    let glossary = GlossaryLoader(context: context).load()
    let finder = FinderLoader(context: context).load()
    let interface = InterfaceLoader(context: context).load()
    let rules = RulesLoader(context: context).load()
    guard let top, let front, let finder, let interface else { return nil }

    // A procedure may name a group (`officer`) for all its fields; expand it here so that
    // the site and the validator both see the same list of field ids.
    let expanded = procedures.map { procedure -> Procedure in
      var procedure = procedure
      func expand(_ ids: [String]) -> [String] {
        ids.flatMap { id in
          fields.contains { $0.id == id } ? [id] : fields.filter { $0.group == id }.map(\.id)
        }
      }
      procedure.fieldIDs = expand(procedure.fieldIDs)
      for index in procedure.steps.indices {
        procedure.steps[index].fieldIDs = expand(procedure.steps[index].fieldIDs)
      }
      return procedure
    }
    let manual = Manual(
      publisher: front.publisher, office: front.office, title: front.title, about: front.about,
      systemAddress: front.systemAddress, sections: front.sections, closing: front.closing,
      procedures: orderedProcedures(expanded, by: front.sections), fields: fields,
      declarations: declarations, attachmentRoles: roles, choiceLists: choiceLists, glossary: glossary,
      finder: finder, interface: interface, rules: rules, gaps: front.gaps, attachmentGaps: attachmentGaps)
    checkReferences(manualFile: top.file)
    return manual
  }

  /// Procedures in the deck's order; ones the sections do not name come last (and are
  /// reported by the cross-reference check).
  func orderedProcedures(_ procedures: [Procedure], by sections: [Section]) -> [Procedure] {
    let order = sections.compactMap { section -> String? in
      if case .procedure(let id) = section { return id }
      return nil
    }
    // Each id's first place in the sections, looked up once: searched inside the comparison,
    // the sort took N² log N string comparisons (a tenth of a second at N = 1,000).
    var position: [String: Int] = [:]
    for (index, id) in order.enumerated() where position[id] == nil { position[id] = index }
    return procedures.sorted {
      (position[$0.id] ?? Int.max, $0.id) < (position[$1.id] ?? Int.max, $1.id)
    }
  }

  /// References to ids nobody defined, the ids bundles name, and procedures no section shows.
  func checkReferences(manualFile: String) {
    let ledger = context.ledger
    ledger.reportDangling(sink: context.sink)
    let start = SourceLocation(file: manualFile, line: 1, column: 1)
    func requireFixed(_ kind: ReferenceLedger.Kind, _ id: String) {
      guard !ledger.isDefined(kind, id) else { return }
      context.sink.report(start, Messages.fixedIDMissing, ["kind": kind.name, "id": id, "home": kind.home])
    }
    for fixed in BundleSpec.fixedProcedureIDs { requireFixed(.procedure, fixed) }
    for fixed in BundleSpec.fixedAttachmentRoleIDs { requireFixed(.attachmentRole, fixed) }
    for fixed in BundleSpec.fixedChoiceIDs { requireFixed(.choice, fixed.choice) }
    for (id, location) in ledger.definedIDs(.procedure)
    where !ledger.isDefined(.section, id) && !ledger.unreadable.contains(id) {
      context.sink.report(location, Messages.procedureNotInSections, ["id": id])
    }
  }
}
