/// procedures/<id>.yaml: one procedure each, its steps, notes and figures.
struct ProcedureLoader {
  enum Keys {
    static let id = Key.string("id")
    static let title = Key.text("title")
    static let summary = Key.text("summary")
    static let fields = Key<[(String, SourceLocation)]>.strings("fields")
    static let attachments = Key<[(String, SourceLocation)]>.strings("attachments")
    static let notes = Key<[YAMLNode]>.list("notes", required: false)
    static let steps = Key<[YAMLNode]>.list("steps")
    static let figure = Key.mapping("figure", required: false)
    static let schema = Schema.file([
      id, title, summary, fields, attachments, notes, steps, figure, GapSchema.list,
    ])
  }

  enum StepKeys {
    static let id = Key.string("id")
    static let title = Key.text("title")
    static let text = Key.text("text")
    static let optionsIntro = Key.text("options_intro", required: false)
    static let options = Key<[LocalizedText]>.texts("options", required: false)
    static let attachments = Key<[(String, SourceLocation)]>.strings("attachments", required: false)
    static let fields = Key<[(String, SourceLocation)]>.strings("fields", required: false)
    static let schema = Schema(
      LocalizedText(th: "ขั้นตอน", en: "a step"),
      [
        id, title, text, optionsIntro, options, attachments, fields, ProcedureLoader.Keys.figure,
        ProcedureLoader.Keys.notes, GapSchema.list,
      ])
  }

  static let folder = "procedures"

  let context: LoadContext

  func load() -> [Procedure] {
    let names = context.source.fileNames(in: Self.folder).filter { $0.hasSuffix(".yaml") }.sorted()
    // Parsing the YAML and reading it into procedures is most of loading a large manual, and
    // each file stands alone: both are done on every core, each file's diagnostics and
    // ledger calls kept, then replayed in name order as if read here (issue 12). A batch at a
    // time, so that only a batch of YAML trees is held at once (peak memory).
    let batch = 64
    let source = context.source
    return stride(from: 0, to: names.count, by: batch).flatMap { start in
      let names = Array(names[start..<min(start + batch, names.count)])
      return ReadFiles.read(names.map { "\(Self.folder)/\($0)" }, from: source) { file, sink in
        let fileContext = LoadContext(
          source: source, sink: sink, ledger: ReferenceLedger(recordingBeside: sink))
        let procedure = ProcedureLoader(context: fileContext).procedure(
          file, expectedID: Self.id(of: file.path))
        return (procedure, fileContext.ledger.recorded)
      }.compactMap(replay)
    }
  }

  /// The id a procedure file must define: its name without `.yaml`.
  static func id(of path: String) -> String { String(path.dropFirst(folder.count + 1).dropLast(5)) }

  /// One file's result made here: its diagnostics and ledger calls, in the order they happened.
  private func replay(_ result: ReadFiles.Result<(Procedure?, [(position: Int, call: ReferenceLedger.Call)])>)
    -> Procedure?
  {
    guard let (procedure, calls) = result.value else {
      context.sink.append(result.diagnostics)
      // The file's own error is reported; do not add one for every reference to its id.
      let expectedID = Self.id(of: result.path)
      context.ledger.define(
        .procedure, expectedID, at: SourceLocation(file: result.path, line: 1, column: 1), sink: context.sink)
      context.ledger.unreadable.insert(expectedID)
      return nil
    }
    context.ledger.replay(calls, diagnostics: result.diagnostics, into: context.sink)
    return procedure
  }

  func procedure(_ file: ContentFile, expectedID: String) -> Procedure? {
    let ledger = context.ledger
    guard let reader = file.reader(Keys.schema, sink: context.sink) else { return nil }
    let id = reader[Keys.id]
    if let id, id != expectedID {
      context.sink.report(
        reader.location(of: Keys.id), Messages.idNotFileName, ["id": id, "expected": expectedID])
    }
    if let id { ledger.define(.procedure, id, at: reader.location(of: Keys.id), sink: context.sink) }
    let title = reader[Keys.title]
    let summary = reader[Keys.summary]
    let fields = reader[Keys.fields] ?? []
    for (id, location) in fields { ledger.refer(.fieldGroup, id, at: location) }
    let attachments = reader[Keys.attachments] ?? []
    for (id, location) in attachments { ledger.refer(.attachmentRole, id, at: location) }
    let notes = self.notes(reader)
    let steps = context.each(reader[Keys.steps], in: file.path, StepKeys.schema, step)
    for step in steps {
      ledger.define(.step, step.id, at: reader.location(of: Keys.steps), scope: id ?? "", sink: context.sink)
      for role in step.attachmentRoleIDs where !attachments.contains(where: { $0.0 == role }) {
        context.sink.report(
          reader.location(of: Keys.steps), Messages.stepAttachmentNotListed, ["step": step.id, "role": role])
      }
    }
    let figure = reader[Keys.figure].flatMap { self.figure($0, file: file.path) }
    let gaps = context.gaps(reader)
    guard let id, let title, let summary else { return nil }
    return Procedure(
      id: id, title: title, summary: summary, fieldIDs: fields.map(\.0),
      attachmentRoleIDs: attachments.map(\.0), notes: notes, steps: steps, figure: figure,
      gaps: gaps, location: reader.location)
  }

  func step(_ reader: MappingReader) -> Step? {
    let id = reader[StepKeys.id]
    let title = reader[StepKeys.title]
    let text = reader[StepKeys.text]
    let intro = reader[StepKeys.optionsIntro]
    let options = reader[StepKeys.options] ?? []
    let attachments = reader[StepKeys.attachments] ?? []
    let fields = reader[StepKeys.fields] ?? []
    for (id, location) in fields { context.ledger.refer(.fieldGroup, id, at: location) }
    let figure = reader[Keys.figure].flatMap { self.figure($0, file: reader.file) }
    let notes = self.notes(reader)
    let gaps = context.gaps(reader)
    guard let id, let title, let text else { return nil }
    return Step(
      id: id, title: title, text: text, optionsIntro: intro, options: options,
      attachmentRoleIDs: attachments.map(\.0), fieldIDs: fields.map(\.0), figure: figure,
      notes: notes, gaps: gaps)
  }
}
