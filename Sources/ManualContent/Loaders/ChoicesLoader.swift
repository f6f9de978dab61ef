/// choices.yaml: the lists an officer chooses from (data sources, privileges, assignments).
struct ChoicesLoader {
  enum Keys {
    static let lists = Key<[YAMLNode]>.list("lists")
    static let schema = Schema.file([lists])
  }

  enum ListKeys {
    static let id = Key.string("id")
    static let title = Key.text("title")
    static let items = Key<[YAMLNode]>.list("items")
    static let gap = Key.text("gap", required: false)
    static let schema = Schema(LocalizedText(th: "รายการตัวเลือก", en: "a list"), [id, title, items, gap])
  }

  enum ChoiceKeys {
    static let id = Key.string("id")
    static let label = Key.text("label")
    static let needsUnit = Key.flag("needs_unit")
    static let schema = Schema(LocalizedText(th: "ตัวเลือก", en: "a choice"), [id, label, needsUnit])
  }

  let context: LoadContext

  func load() -> [ChoiceList] {
    guard let file = context.file("choices.yaml"), let top = file.reader(Keys.schema, sink: context.sink)
    else { return [] }
    return context.each(top[Keys.lists], in: file.path, ListKeys.schema) { reader -> ChoiceList? in
      let id = reader[ListKeys.id]
      let title = reader[ListKeys.title]
      let items = context.each(reader[ListKeys.items], in: file.path, ChoiceKeys.schema) { item -> Choice? in
        guard let id = item[ChoiceKeys.id], let label = item[ChoiceKeys.label] else { return nil }
        context.ledger.define(.choice, id, at: item.location(of: ChoiceKeys.id), sink: context.sink)
        return Choice(id: id, label: label, needsUnit: item[ChoiceKeys.needsUnit] ?? false)
      }
      let gap = reader[ListKeys.gap].map {
        Gap(id: "\(id ?? "list")-list", text: $0, location: reader.location(of: ListKeys.gap))
      }
      guard let id, let title else { return nil }
      context.ledger.define(.choiceList, id, at: reader.location(of: ListKeys.id), sink: context.sink)
      return ChoiceList(id: id, title: title, items: items, gap: gap)
    }
  }
}
