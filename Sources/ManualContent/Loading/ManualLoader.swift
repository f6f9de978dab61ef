import Foundation
import Yams

/// Loads the manual from a content folder. Every problem in every file is collected and
/// reported together; the manual is returned only when there is no error.
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
    let sink = DiagnosticSink()
    let manual = ManualReader(source: source, sink: sink).read()
    let diagnostics = sink.diagnostics.sorted {
      ($0.location.file, $0.location.line, $0.location.column)
        < ($1.location.file, $1.location.line, $1.location.column)
    }
    let hasErrors = diagnostics.contains { $0.severity == .error }
    return Result(manual: hasErrors ? nil : manual, diagnostics: diagnostics)
  }
}

/// The reading of one content folder, file by file, then the checks across files.
private struct ManualReader {
  let source: ContentSource
  let sink: DiagnosticSink
  let ledger = ReferenceLedger()

  func read() -> Manual? {
    let manualFile = ContentFile(source: source, relativePath: "manual.yaml", sink: sink)
    let top = manualFile?.reader(
      allowed: [
        "publisher", "office", "title", "about", "system_address", "sections", "closing", "gaps",
      ],
      sink: sink)
    let sections = top?.list("sections")?.compactMap { readSection($0, file: top!.file) } ?? []

    let procedures = readProcedures()
    let (fields, declarations) = readFields()
    let (roles, attachmentGaps) = readAttachments()
    let choiceLists = readChoices()
    let glossary = readGlossary()
    let finder = readFinder()
    let interface = readInterface()
    let rules = readRules()

    guard let top, let publisher = top.text("publisher"), let office = top.text("office"),
      let title = top.text("title"), let about = top.text("about"),
      let address = top.text("system_address"), let closing = top.text("closing"),
      let finder, let interface
    else { return nil }

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
      publisher: publisher, office: office, title: title, about: about, systemAddress: address,
      sections: sections, closing: closing, procedures: orderedProcedures(expanded, by: sections),
      fields: fields, declarations: declarations, attachmentRoles: roles,
      choiceLists: choiceLists, glossary: glossary, finder: finder, interface: interface, rules: rules,
      gaps: readGaps(top), attachmentGaps: attachmentGaps)
    checkReferences(manualFile: top.file)
    return manual
  }

  // MARK: manual.yaml

  func readSection(_ node: Node, file: String) -> Section? {
    guard
      let reader = MappingReader(
        node, file: file, allowed: ["procedure", "title_only", "title", "gap"], sink: sink,
        what: "a section")
    else { return nil }
    if reader.has("procedure") {
      guard let id = reader.string("procedure") else { return nil }
      ledger.refer(.procedure, id, at: reader.location(of: "procedure"))
      ledger.define(.section, id, at: reader.location(of: "procedure"), sink: sink)
      return .procedure(id: id)
    }
    guard let id = reader.string("title_only"), let title = reader.text("title"),
      let gapText = reader.text("gap")
    else { return nil }
    ledger.define(.section, id, at: reader.location(of: "title_only"), sink: sink)
    return .titleOnly(
      id: id, title: title, gap: Gap(id: id, text: gapText, location: reader.location(of: "gap")))
  }

  /// Procedures in the deck's order; ones the sections do not name come last (and are
  /// reported by the cross-reference check).
  func orderedProcedures(_ procedures: [Procedure], by sections: [Section]) -> [Procedure] {
    let order = sections.compactMap { section -> String? in
      if case .procedure(let id) = section { return id }
      return nil
    }
    return procedures.sorted {
      (order.firstIndex(of: $0.id) ?? Int.max, $0.id) < (order.firstIndex(of: $1.id) ?? Int.max, $1.id)
    }
  }

  // MARK: procedures/*.yaml

  func readProcedures() -> [Procedure] {
    let names = source.fileNames(in: "procedures")
      .filter { $0.hasSuffix(".yaml") }.sorted()
    return names.compactMap { name in
      guard let file = ContentFile(source: source, relativePath: "procedures/\(name)", sink: sink)
      else {
        // The file's own error is reported; do not add one for every reference to its id.
        let id = String(name.dropLast(5))
        ledger.define(
          .procedure, id, at: SourceLocation(file: "procedures/\(name)", line: 1, column: 1), sink: sink)
        ledger.unreadable.insert(id)
        return nil
      }
      return readProcedure(file, expectedID: String(name.dropLast(5)))
    }
  }

  func readProcedure(_ file: ContentFile, expectedID: String) -> Procedure? {
    guard
      let reader = file.reader(
        allowed: [
          "id", "title", "summary", "fields", "attachments", "notes", "steps", "figure", "gaps",
        ], sink: sink)
    else { return nil }
    let id = reader.string("id")
    if let id, id != expectedID {
      sink.error(
        reader.location(of: "id"),
        LocalizedText(
          th: "รหัส `\(id)` ไม่ตรงกับชื่อไฟล์ `\(expectedID).yaml`",
          en: "the id `\(id)` does not match the file name `\(expectedID).yaml`"),
        fix: LocalizedText(
          th: "ตั้งชื่อไฟล์เป็น `\(id).yaml` หรือแก้รหัสเป็น `\(expectedID)`",
          en: "name the file `\(id).yaml`, or change the id to `\(expectedID)`"))
    }
    if let id { ledger.define(.procedure, id, at: reader.location(of: "id"), sink: sink) }
    let title = reader.text("title")
    let summary = reader.text("summary")
    let fields = reader.stringList("fields") ?? []
    fields.forEach { ledger.refer(.fieldGroup, $0.0, at: $0.1) }
    let attachments = reader.stringList("attachments") ?? []
    attachments.forEach { ledger.refer(.attachmentRole, $0.0, at: $0.1) }
    let notes = readNotes(reader)
    let steps = reader.list("steps")?.compactMap { readStep($0, file: file.path) } ?? []
    for step in steps {
      ledger.define(.step, step.id, at: reader.location(of: "steps"), scope: id ?? "", sink: sink)
      for role in step.attachmentRoleIDs where !attachments.contains(where: { $0.0 == role }) {
        sink.error(
          reader.location(of: "steps"),
          LocalizedText(
            th: "ขั้นตอน `\(step.id)` แนบ `\(role)` แต่ `attachments:` ของขั้นตอนงานไม่มี",
            en: "step `\(step.id)` attaches `\(role)`, which the procedure's `attachments:` does not list"),
          fix: LocalizedText(
            th: "เพิ่ม `\(role)` ใน `attachments:` ของขั้นตอนงาน",
            en: "add `\(role)` to the procedure's `attachments:`"))
      }
    }
    let figure = reader.node("figure", required: false).flatMap { readFigure($0, file: file.path) }
    let gaps = readGaps(reader)
    guard let id, let title, let summary else { return nil }
    return Procedure(
      id: id, title: title, summary: summary, fieldIDs: fields.map(\.0),
      attachmentRoleIDs: attachments.map(\.0), notes: notes, steps: steps, figure: figure,
      gaps: gaps, location: reader.location)
  }

  func readStep(_ node: Node, file: String) -> Step? {
    guard
      let reader = MappingReader(
        node, file: file,
        allowed: [
          "id", "title", "text", "options_intro", "options", "attachments", "fields", "figure",
          "notes", "gaps",
        ], sink: sink, what: "a step")
    else { return nil }
    let id = reader.string("id")
    let title = reader.text("title")
    let text = reader.text("text")
    let intro = reader.text("options_intro", required: false)
    let options =
      reader.list("options", required: false)?.compactMap { reader.localized($0, key: "options") }
      ?? []
    let attachments = reader.stringList("attachments", required: false) ?? []
    let fields = reader.stringList("fields", required: false) ?? []
    fields.forEach { ledger.refer(.fieldGroup, $0.0, at: $0.1) }
    let figure = reader.node("figure", required: false).flatMap { readFigure($0, file: file) }
    let notes = readNotes(reader)
    let gaps = readGaps(reader)
    guard let id, let title, let text else { return nil }
    return Step(
      id: id, title: title, text: text, optionsIntro: intro, options: options,
      attachmentRoleIDs: attachments.map(\.0), fieldIDs: fields.map(\.0), figure: figure,
      notes: notes, gaps: gaps)
  }

  func readNotes(_ parent: MappingReader) -> [Note] {
    (parent.list("notes", required: false) ?? []).compactMap { node in
      guard
        let reader = MappingReader(
          node, file: parent.file, allowed: ["id", "kind", "text", "when", "chrome_at_most"], sink: sink,
          what: "a note")
      else { return nil }
      let id = reader.string("id")
      if let id {
        ContentIDCheck.check(
          id, .slug, what: LocalizedText(th: "หมายเหตุ", en: "note"), at: reader.location(of: "id"), sink: sink)
      }
      let kindName = reader.string("kind")
      let kind = kindName.flatMap(Note.Kind.init(rawValue:))
      if let kindName, kind == nil {
        let allowed = Note.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        sink.error(
          reader.location(of: "kind"),
          LocalizedText(th: "ไม่รู้จักชนิดหมายเหตุ `\(kindName)`", en: "unknown note kind `\(kindName)`"),
          fix: LocalizedText(th: "ใช้ค่าใดค่าหนึ่ง: \(allowed)", en: "use one of: \(allowed)"))
      }
      let condition = reader.node("when", required: false).flatMap {
        readCondition($0, file: parent.file)
      }
      let chrome = reader.int("chrome_at_most", required: false)
      guard let id, let kind, let text = reader.text("text") else { return nil }
      return Note(id: id, kind: kind, text: text, condition: condition, chromeAtMost: chrome)
    }
  }

  func readCondition(_ node: Node, file: String) -> Condition? {
    guard
      let reader = MappingReader(
        node, file: file, allowed: ["field", "includes", "is"], sink: sink, what: "`when`")
    else { return nil }
    guard let field = reader.string("field") else { return nil }
    ledger.refer(.field, field, at: reader.location(of: "field"))
    if let value = reader.string("includes", required: false) {
      ledger.refer(.choice, value, at: reader.location(of: "includes"))
      return Condition(fieldID: field, test: .includes(value))
    }
    if reader.bool("is") == true { return Condition(fieldID: field, test: .isTrue) }
    sink.error(
      reader.location,
      LocalizedText(
        th: "`when` ต้องมี `includes:` หรือ `is: true`", en: "`when` needs `includes:` or `is: true`"),
      fix: LocalizedText(
        th: "เพิ่ม `includes: <รหัสตัวเลือก>` หรือ `is: true`",
        en: "add `includes: <choice id>` or `is: true`"))
    return nil
  }

  func readGaps(_ parent: MappingReader) -> [Gap] {
    (parent.list("gaps", required: false) ?? []).compactMap { node in
      guard
        let reader = MappingReader(
          node, file: parent.file, allowed: ["id", "text"], sink: sink, what: "a gap")
      else { return nil }
      guard let id = reader.string("id"), let text = reader.text("text") else { return nil }
      ContentIDCheck.check(
        id, .slug, what: LocalizedText(th: "ช่องว่างของคู่มือ", en: "gap"), at: reader.location(of: "id"),
        sink: sink)
      return Gap(id: id, text: text, location: reader.location)
    }
  }

  func readFigure(_ node: Node, file: String) -> Figure? {
    guard
      let reader = MappingReader(
        node, file: file, allowed: ["image", "schematic", "alt", "callouts"], sink: sink,
        what: "a figure")
    else { return nil }
    let image = reader.string("image")
    let schematic = reader.bool("schematic") ?? true
    let alt = reader.text("alt")
    let callouts = (reader.list("callouts") ?? []).compactMap { node -> Callout? in
      guard
        let callout = MappingReader(
          node, file: file, allowed: ["number", "x", "y", "label"], sink: sink, what: "a callout")
      else { return nil }
      let number = callout.int("number")
      let x = callout.double("x")
      let y = callout.double("y")
      let label = callout.text("label")
      for (key, value) in [("x", x), ("y", y)] {
        if let value, !(0...100).contains(value) {
          sink.error(
            callout.location(of: key),
            LocalizedText(
              th: "`\(key)` ต้องอยู่ระหว่าง 0 ถึง 100 (ร้อยละของภาพ)",
              en: "`\(key)` must be between 0 and 100 (percent of the image)"),
            fix: LocalizedText(th: "แก้ `\(key)` ให้อยู่ในช่วง 0–100", en: "set `\(key)` to a value from 0 to 100")
          )
        }
      }
      guard let number, let x, let y, let label else { return nil }
      return Callout(number: number, x: x, y: y, label: label)
    }
    if let image {
      if !source.exists(image) || image.contains("..") {
        sink.error(
          reader.location(of: "image"),
          LocalizedText(th: "ไม่พบไฟล์ภาพ `\(image)`", en: "the image `\(image)` does not exist"),
          fix: LocalizedText(
            th: "วางไฟล์ภาพไว้ในโฟลเดอร์เนื้อหา (เช่น figures/) แล้วระบุชื่อให้ตรง",
            en: "put the image in the content folder (e.g. figures/) and give its path here"))
      }
    }
    guard let image, let alt else { return nil }
    return Figure(image: image, schematic: schematic, alt: alt, callouts: callouts)
  }

  // MARK: fields.yaml, attachments.yaml, choices.yaml

  func readFields() -> ([FieldDefinition], [Declaration]) {
    guard let file = ContentFile(source: source, relativePath: "fields.yaml", sink: sink),
      let top = file.reader(allowed: ["fields", "declarations"], sink: sink)
    else { return ([], []) }
    let fields = (top.list("fields") ?? []).compactMap { node -> FieldDefinition? in
      guard
        let reader = MappingReader(
          node, file: file.path,
          allowed: ["id", "group", "type", "optional", "choices", "minimum", "unless", "label"],
          sink: sink,
          what: "a field")
      else { return nil }
      let id = reader.string("id")
      let group = reader.string("group", required: false)
      let typeName = reader.string("type")
      let kind = typeName.flatMap(FieldDefinition.Kind.init(rawValue:))
      if let typeName, kind == nil {
        let allowed = FieldDefinition.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        sink.error(
          reader.location(of: "type"),
          LocalizedText(th: "ไม่รู้จักชนิดช่อง `\(typeName)`", en: "unknown field type `\(typeName)`"),
          fix: LocalizedText(th: "ใช้ค่าใดค่าหนึ่ง: \(allowed)", en: "use one of: \(allowed)"))
      }
      let optional = reader.bool("optional") ?? false
      let needsList = kind == .choices || kind == .assignment
      let list = reader.string("choices", required: needsList)
      let minimum = reader.int("minimum", required: false) ?? 0
      let unless = reader.string("unless", required: false)
      if let unless { ledger.refer(.field, unless, at: reader.location(of: "unless")) }
      let label = reader.text("label")
      if let id { ledger.define(.field, id, at: reader.location(of: "id"), sink: sink) }
      if let group, !ledger.isDefined(.fieldGroup, group) {
        ledger.define(.fieldGroup, group, at: reader.location(of: "group"), sink: sink)
      }
      if let list { ledger.refer(.choiceList, list, at: reader.location(of: "choices")) }
      guard let id, let kind, let label else { return nil }
      return FieldDefinition(
        id: id, group: group, kind: kind, optional: optional, choiceListID: list,
        minimum: minimum, unless: unless, label: label)
    }
    let declarations = (top.list("declarations") ?? []).compactMap { node -> Declaration? in
      guard
        let reader = MappingReader(
          node, file: file.path, allowed: ["id", "label"], sink: sink, what: "a declaration"),
        let id = reader.string("id"), let label = reader.text("label")
      else { return nil }
      ledger.define(.declaration, id, at: reader.location(of: "id"), sink: sink)
      return Declaration(id: id, label: label)
    }
    return (fields, declarations)
  }

  func readAttachments() -> ([AttachmentRole], [Gap]) {
    guard let file = ContentFile(source: source, relativePath: "attachments.yaml", sink: sink),
      let top = file.reader(allowed: ["roles", "gaps"], sink: sink)
    else { return ([], []) }
    let roles = (top.list("roles") ?? []).compactMap { node -> AttachmentRole? in
      guard
        let reader = MappingReader(
          node, file: file.path, allowed: ["id", "title", "types", "declarations"], sink: sink,
          what: "an attachment role"),
        let id = reader.string("id"), let title = reader.text("title"),
        let types = reader.stringList("types")
      else { return nil }
      let declarations = reader.stringList("declarations", required: false) ?? []
      declarations.forEach { ledger.refer(.declaration, $0.0, at: $0.1) }
      ledger.define(.attachmentRole, id, at: reader.location(of: "id"), sink: sink)
      let fileTypes = types.compactMap { name, location -> FileType? in
        if let type = FileType(rawValue: name) { return type }
        sink.error(
          location,
          LocalizedText(
            th: "ไม่รู้จักชนิดไฟล์ `\(name)` ต้องเป็นค่าใดค่าหนึ่ง: \(FileType.names)",
            en: "unknown file type `\(name)`; expected one of \(FileType.names)"),
          fix: LocalizedText(
            th: "ใช้ชนิดไฟล์ที่ CRIMES รับ (\(FileType.names)) หรือเพิ่มชนิดใหม่ใน FileType ของ precheck ก่อน",
            en: "use a type CRIMES takes (\(FileType.names)), or first teach precheck the new type (FileType)"))
        return nil
      }
      return AttachmentRole(
        id: id, title: title, fileTypes: fileTypes, declarationIDs: declarations.map(\.0))
    }
    return (roles, readGaps(top))
  }

  func readChoices() -> [ChoiceList] {
    guard let file = ContentFile(source: source, relativePath: "choices.yaml", sink: sink),
      let top = file.reader(allowed: ["lists"], sink: sink)
    else { return [] }
    return (top.list("lists") ?? []).compactMap { node -> ChoiceList? in
      guard
        let reader = MappingReader(
          node, file: file.path, allowed: ["id", "title", "items", "gap"], sink: sink,
          what: "a list")
      else { return nil }
      let id = reader.string("id")
      let title = reader.text("title")
      let items = (reader.list("items") ?? []).compactMap { node -> Choice? in
        guard
          let item = MappingReader(
            node, file: file.path, allowed: ["id", "label", "needs_unit"], sink: sink,
            what: "a choice"),
          let id = item.string("id"), let label = item.text("label")
        else { return nil }
        ledger.define(.choice, id, at: item.location(of: "id"), sink: sink)
        return Choice(id: id, label: label, needsUnit: item.bool("needs_unit") ?? false)
      }
      let gap = reader.text("gap", required: false).map {
        Gap(id: "\(id ?? "list")-list", text: $0, location: reader.location(of: "gap"))
      }
      guard let id, let title else { return nil }
      ledger.define(.choiceList, id, at: reader.location(of: "id"), sink: sink)
      return ChoiceList(id: id, title: title, items: items, gap: gap)
    }
  }

  // MARK: glossary.yaml, finder.yaml, interface.yaml

  func readGlossary() -> [GlossaryTerm] {
    guard let file = ContentFile(source: source, relativePath: "glossary.yaml", sink: sink),
      let top = file.reader(allowed: ["terms"], sink: sink)
    else { return [] }
    return (top.list("terms") ?? []).compactMap { node -> GlossaryTerm? in
      guard
        let reader = MappingReader(
          node, file: file.path, allowed: ["id", "term", "meaning", "see"], sink: sink,
          what: "a glossary term"),
        let id = reader.string("id"), let term = reader.text("term"),
        let meaning = reader.text("meaning")
      else { return nil }
      let see = reader.stringList("see", required: false) ?? []
      see.forEach { ledger.refer(.procedure, $0.0, at: $0.1) }
      ledger.define(.glossaryTerm, id, at: reader.location(of: "id"), sink: sink)
      return GlossaryTerm(id: id, term: term, meaning: meaning, procedureIDs: see.map(\.0))
    }
  }

  func readFinder() -> Finder? {
    guard let file = ContentFile(source: source, relativePath: "finder.yaml", sink: sink),
      let top = file.reader(allowed: ["start", "questions"], sink: sink)
    else { return nil }
    let start = top.string("start")
    if let start { ledger.refer(.question, start, at: top.location(of: "start")) }
    let questions = (top.list("questions") ?? []).compactMap { node -> Finder.Question? in
      guard
        let reader = MappingReader(
          node, file: file.path, allowed: ["id", "question", "answers"], sink: sink,
          what: "a question"),
        let id = reader.string("id"), let question = reader.text("question")
      else { return nil }
      ledger.define(.question, id, at: reader.location(of: "id"), sink: sink)
      let answers = (reader.list("answers") ?? []).compactMap { node -> Finder.Answer? in
        guard
          let answer = MappingReader(
            node, file: file.path, allowed: ["text", "next", "procedure", "section"], sink: sink,
            what: "an answer"),
          let text = answer.text("text")
        else { return nil }
        for (key, kind) in [
          ("next", ReferenceLedger.Kind.question), ("procedure", .procedure), ("section", .section),
        ] {
          if let id = answer.string(key, required: false) {
            ledger.refer(kind, id, at: answer.location(of: key))
          }
        }
        if let next = answer.string("next", required: false) {
          return Finder.Answer(text: text, target: .question(next))
        }
        if let procedure = answer.string("procedure", required: false) {
          return Finder.Answer(text: text, target: .procedure(procedure))
        }
        if let section = answer.string("section", required: false) {
          return Finder.Answer(text: text, target: .section(section))
        }
        sink.error(
          answer.location,
          LocalizedText(th: "คำตอบนี้ไม่ได้บอกว่าจะไปที่ใด", en: "this answer leads nowhere"),
          fix: LocalizedText(
            th: "เพิ่ม `next:` (คำถามถัดไป) `procedure:` หรือ `section:`",
            en: "add `next:` (a question id), `procedure:` or `section:`"))
        return nil
      }
      return Finder.Question(id: id, question: question, answers: answers)
    }
    guard let start else { return nil }
    return Finder(startID: start, questions: questions)
  }

  func readRules() -> [BundleRule] {
    guard let file = ContentFile(source: source, relativePath: "rules.yaml", sink: sink),
      let top = file.reader(allowed: ["rules"], sink: sink)
    else { return [] }
    let rules = (top.list("rules") ?? []).compactMap { node -> BundleRule? in
      guard
        let reader = MappingReader(
          node, file: file.path, allowed: ["id", "severity", "message", "fix", "examples"], sink: sink,
          what: "a rule"),
        let id = reader.string("id"), let severityName = reader.string("severity"),
        let message = reader.text("message"), let fix = reader.text("fix")
      else { return nil }
      let examples = (reader.list("examples") ?? []).compactMap { readExample($0, file: file.path) }
      guard let severity = BundleRule.Severity(rawValue: severityName) else {
        let allowed = BundleRule.Severity.allCases.map(\.rawValue).joined(separator: ", ")
        sink.error(
          reader.location(of: "severity"),
          LocalizedText(th: "ไม่รู้จักระดับ `\(severityName)`", en: "unknown severity `\(severityName)`"),
          fix: LocalizedText(th: "ใช้ค่าใดค่าหนึ่ง: \(allowed)", en: "use one of: \(allowed)"))
        return nil
      }
      ledger.define(.rule, id, at: reader.location(of: "id"), sink: sink)
      if RuleID(rawValue: id) == nil {
        sink.error(
          reader.location(of: "id"),
          LocalizedText(
            th: "precheck ไม่มีการตรวจที่รายงานกฎ `\(id)`", en: "no check of precheck reports the rule `\(id)`"),
          fix: LocalizedText(
            th: "ลบกฎนี้ หรือแก้รหัสให้ตรงกับ RuleID ของ precheck",
            en: "remove the rule, or correct its id to one of precheck's RuleID"))
      }
      return BundleRule(id: id, severity: severity, message: message, fix: fix, examples: examples)
    }
    for id in RuleID.allCases where !ledger.isDefined(.rule, id.rawValue) {
      sink.error(
        top.location,
        LocalizedText(
          th: "precheck รายงานกฎ `\(id.rawValue)` แต่ rules.yaml ไม่มีคำอธิบายกฎนี้",
          en: "precheck reports the rule `\(id.rawValue)`, which rules.yaml does not define"),
        fix: LocalizedText(
          th: "เพิ่ม `- id: \(id.rawValue)` พร้อม severity, message, fix และ examples",
          en: "add `- id: \(id.rawValue)` with its severity, message, fix and examples"))
    }
    return rules
  }

  /// One example of a rule: a bad manifest fragment (which must parse as YAML), or the file
  /// to make for a rule about files.
  func readExample(_ node: Node, file: String) -> BundleRule.Example? {
    guard
      let reader = MappingReader(
        node, file: file, allowed: ["manifest", "files"], sink: sink, what: "an example")
    else { return nil }
    let manifest = reader.string("manifest", required: false)
    let files = reader.string("files", required: false)
    guard (manifest == nil) != (files == nil) else {
      sink.error(
        reader.location,
        LocalizedText(
          th: "ตัวอย่างต้องมี `manifest:` หรือ `files:` อย่างใดอย่างหนึ่ง",
          en: "an example needs either `manifest:` or `files:`, not both"),
        fix: LocalizedText(
          th: "เขียน `manifest: |` ตามด้วยส่วนของ request.yaml ที่ผิด หรือ `files:` บอกว่าต้องสร้างไฟล์ใด",
          en: "write `manifest: |` and a bad fragment of request.yaml, or `files:` saying what file to make"))
      return nil
    }
    if let manifest {
      let parsed = try? Yams.compose(yaml: manifest)
      guard case .mapping? = parsed else {
        sink.error(
          reader.location(of: "manifest"),
          LocalizedText(
            th: "`manifest:` ต้องเป็นบรรทัด `ชื่อ: ค่า` ของ request.yaml ที่อ่านได้",
            en: "`manifest:` must be readable `name: value` lines of a request.yaml"),
          fix: LocalizedText(
            th: "เขียนเป็น `manifest: |` แล้วย่อหน้าบรรทัดของ request.yaml ใต้บรรทัดนั้น",
            en: "write `manifest: |` and indent the request.yaml lines below it"))
        return nil
      }
    }
    return BundleRule.Example(manifest: manifest, files: files)
  }

  func readInterface() -> [String: LocalizedText]? {
    guard let file = ContentFile(source: source, relativePath: "interface.yaml", sink: sink),
      case .mapping(let mapping) = file.root
    else { return nil }
    var strings: [String: LocalizedText] = [:]
    let reader = MappingReader(
      file.root, file: file.path, allowed: mapping.keys.compactMap(\.string), sink: sink,
      what: "interface.yaml")
    for pair in reader?.pairs ?? [] {
      strings[pair.key] = reader?.localized(pair.value, key: pair.key)
    }
    return strings
  }

  // MARK: across files

  func checkReferences(manualFile: String) {
    ledger.reportDangling(sink: sink)
    let start = SourceLocation(file: manualFile, line: 1, column: 1)
    func requireFixed(_ kind: ReferenceLedger.Kind, _ id: String) {
      guard !ledger.isDefined(kind, id) else { return }
      sink.error(
        start,
        LocalizedText(
          th: "ต้องมี\(kind.name.th)รหัส `\(id)` เพราะคำร้องที่เตรียมไว้อ้างถึงรหัสนี้",
          en: "the \(kind.name.en) `\(id)` must exist: request bundles name it"),
        fix: LocalizedText(th: "เพิ่ม `\(id)` ใน \(kind.home)", en: "define `\(id)` in \(kind.home)"))
    }
    BundleSpec.fixedProcedureIDs.forEach { requireFixed(.procedure, $0) }
    BundleSpec.fixedAttachmentRoleIDs.forEach { requireFixed(.attachmentRole, $0) }
    BundleSpec.fixedChoiceIDs.forEach { requireFixed(.choice, $0.choice) }
    for (id, location) in ledger.definedIDs(.procedure)
    where !ledger.isDefined(.section, id) && !ledger.unreadable.contains(id) {
      sink.error(
        location,
        LocalizedText(
          th: "ขั้นตอนงาน `\(id)` ไม่อยู่ใน `sections:` ของ manual.yaml จึงไม่ปรากฏบนเว็บไซต์",
          en: "the procedure `\(id)` is not in the `sections:` of manual.yaml, so the site would not show it"),
        fix: LocalizedText(
          th: "เพิ่ม `- procedure: \(id)` ใน `sections:` ของ manual.yaml",
          en: "add `- procedure: \(id)` to the `sections:` of manual.yaml"))
    }
  }
}
