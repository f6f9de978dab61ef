/// The parts procedures and steps share: notes with their conditions, and figures.
extension ProcedureLoader {
  enum NoteKeys {
    static let id = Key.string("id")
    static let kind = Key.string("kind")
    static let text = Key.text("text")
    static let when = Key.mapping("when", required: false)
    static let chromeAtMost = Key.int("chrome_at_most", required: false)
    static let schema = Schema(
      LocalizedText(th: "หมายเหตุ", en: "a note"), [id, kind, text, when, chromeAtMost])
    static let name = LocalizedText(th: "หมายเหตุ", en: "note")
    static let kindName = LocalizedText(th: "ชนิดหมายเหตุ", en: "note kind")
  }

  enum ConditionKeys {
    static let field = Key.string("field")
    static let includes = Key.string("includes", required: false)
    static let isTrue = Key.flag("is")
    static let schema = Schema(LocalizedText(th: "`when`", en: "`when`"), [field, includes, isTrue])
  }

  enum FigureKeys {
    static let image = Key.string("image")
    static let schematic = Key.flag("schematic")
    static let alt = Key.text("alt")
    static let callouts = Key<[YAMLNode]>.list("callouts")
    static let schema = Schema(LocalizedText(th: "ภาพ", en: "a figure"), [image, schematic, alt, callouts])
  }

  enum CalloutKeys {
    static let number = Key.int("number")
    static let x = Key.number("x")
    static let y = Key.number("y")
    static let label = Key.text("label")
    static let schema = Schema(LocalizedText(th: "หมายเลขบนภาพ", en: "a callout"), [number, x, y, label])
  }

  func notes(_ parent: MappingReader) -> [Note] {
    context.each(parent[Keys.notes], in: parent.file, NoteKeys.schema) { reader -> Note? in
      let id = reader[NoteKeys.id]
      if let id { context.checkSpelling(id, NoteKeys.name, at: reader.location(of: NoteKeys.id)) }
      let kind: Note.Kind? = context.oneOf(
        reader[NoteKeys.kind], NoteKeys.kindName, at: reader.location(of: NoteKeys.kind))
      let condition = reader[NoteKeys.when].flatMap { self.condition($0, file: parent.file) }
      let chrome = reader[NoteKeys.chromeAtMost]
      guard let id, let kind, let text = reader[NoteKeys.text] else { return nil }
      return Note(id: id, kind: kind, text: text, condition: condition, chromeAtMost: chrome)
    }
  }

  func condition(_ node: YAMLNode, file: String) -> Condition? {
    let ledger = context.ledger
    guard let reader = context.reader(node, in: file, ConditionKeys.schema),
      let field = reader[ConditionKeys.field]
    else { return nil }
    ledger.refer(.field, field, at: reader.location(of: ConditionKeys.field))
    if let value = reader[ConditionKeys.includes] {
      ledger.refer(.choice, value, at: reader.location(of: ConditionKeys.includes))
      return Condition(fieldID: field, test: .includes(value))
    }
    if reader[ConditionKeys.isTrue] == true { return Condition(fieldID: field, test: .isTrue) }
    context.sink.report(reader.location, Messages.conditionWithoutTest)
    return nil
  }

  func figure(_ node: YAMLNode, file: String) -> Figure? {
    guard let reader = context.reader(node, in: file, FigureKeys.schema) else { return nil }
    let image = reader[FigureKeys.image]
    let schematic = reader[FigureKeys.schematic] ?? true
    let alt = reader[FigureKeys.alt]
    let callouts = context.each(reader[FigureKeys.callouts], in: file, CalloutKeys.schema, callout)
    if let image, !context.source.exists(image) || image.contains("..") {
      context.sink.report(reader.location(of: FigureKeys.image), Messages.imageMissing, ["image": image])
    }
    guard let image, let alt else { return nil }
    return Figure(image: image, schematic: schematic, alt: alt, callouts: callouts)
  }

  func callout(_ reader: MappingReader) -> Callout? {
    let number = reader[CalloutKeys.number]
    let x = reader[CalloutKeys.x]
    let y = reader[CalloutKeys.y]
    let label = reader[CalloutKeys.label]
    for (key, value) in [(CalloutKeys.x, x), (CalloutKeys.y, y)] {
      if let value, !(0...100).contains(value) {
        context.sink.report(reader.location(of: key), Messages.calloutOutOfRange, ["key": key.name])
      }
    }
    guard let number, let x, let y, let label else { return nil }
    return Callout(number: number, x: x, y: y, label: label)
  }
}
