/// fields.yaml: the fields of the request forms, and the declarations attachments carry.
struct FieldsLoader {
  enum Keys {
    static let fields = Key<[YAMLNode]>.list("fields")
    static let declarations = Key<[YAMLNode]>.list("declarations")
    static let schema = Schema.file([fields, declarations])
  }

  enum FieldKeys {
    static let id = Key.string("id")
    static let group = Key.string("group", required: false)
    static let type = Key.string("type")
    static let optional = Key.flag("optional")
    /// Required of `choices` and `assignment` fields only: the loader says when.
    static let choices = Key.string("choices", required: false)
    static let minimum = Key.int("minimum", required: false)
    static let unless = Key.string("unless", required: false)
    static let label = Key.text("label")
    static let schema = Schema(
      LocalizedText(th: "ช่องข้อมูล", en: "a field"),
      [id, group, type, optional, choices, minimum, unless, label])
    static let typeName = LocalizedText(th: "ชนิดช่อง", en: "field type")
  }

  enum DeclarationKeys {
    static let id = Key.string("id")
    static let label = Key.text("label")
    static let schema = Schema(LocalizedText(th: "คำรับรอง", en: "a declaration"), [id, label])
  }

  let context: LoadContext

  func load() -> ([FieldDefinition], [Declaration]) {
    guard let file = context.file("fields.yaml"), let top = file.reader(Keys.schema, sink: context.sink)
    else { return ([], []) }
    let fields = context.each(top[Keys.fields], in: file.path, FieldKeys.schema, field)
    let declarations = context.each(top[Keys.declarations], in: file.path, DeclarationKeys.schema) {
      reader -> Declaration? in
      guard let id = reader[DeclarationKeys.id], let label = reader[DeclarationKeys.label] else { return nil }
      context.ledger.define(.declaration, id, at: reader.location(of: DeclarationKeys.id), sink: context.sink)
      return Declaration(id: id, label: label)
    }
    return (fields, declarations)
  }

  func field(_ reader: MappingReader) -> FieldDefinition? {
    let ledger = context.ledger
    let id = reader[FieldKeys.id]
    let group = reader[FieldKeys.group]
    let kind: FieldDefinition.Kind? = context.oneOf(
      reader[FieldKeys.type], FieldKeys.typeName, at: reader.location(of: FieldKeys.type))
    let optional = reader[FieldKeys.optional] ?? false
    // Only a choice or an assignment names its list, and then it must.
    let needsList = kind == .choices || kind == .assignment
    let list = reader[FieldKeys.choices, required: needsList]
    let minimum = reader[FieldKeys.minimum] ?? 0
    let unless = reader[FieldKeys.unless]
    if let unless { ledger.refer(.field, unless, at: reader.location(of: FieldKeys.unless)) }
    let label = reader[FieldKeys.label]
    if let id { ledger.define(.field, id, at: reader.location(of: FieldKeys.id), sink: context.sink) }
    if let group, !ledger.isDefined(.fieldGroup, group) {
      ledger.define(.fieldGroup, group, at: reader.location(of: FieldKeys.group), sink: context.sink)
    }
    if let list { ledger.refer(.choiceList, list, at: reader.location(of: FieldKeys.choices)) }
    guard let id, let kind, let label else { return nil }
    return FieldDefinition(
      id: id, group: group, kind: kind, optional: optional, choiceListID: list,
      minimum: minimum, unless: unless, label: label)
  }
}
