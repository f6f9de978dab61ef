/// manual.yaml: the manual's own words and the deck's sections, in order.
struct ManualFileLoader {
  enum Keys {
    static let publisher = Key.text("publisher")
    static let office = Key.text("office")
    static let title = Key.text("title")
    static let about = Key.text("about")
    static let systemAddress = Key.text("system_address")
    static let sections = Key<[YAMLNode]>.list("sections")
    static let closing = Key.text("closing")
    static let schema = Schema.file([
      publisher, office, title, about, systemAddress, sections, closing, GapSchema.list,
    ])
  }

  enum SectionKeys {
    static let procedure = Key.string("procedure")
    static let titleOnly = Key.string("title_only")
    static let title = Key.text("title")
    static let gap = Key.text("gap")
    static let schema = Schema(
      LocalizedText(th: "หัวข้อ", en: "a section"), [procedure, titleOnly, title, gap])
  }

  /// The words of manual.yaml, before the other files are joined to them.
  struct Front {
    var publisher, office, title, about, systemAddress, closing: LocalizedText
    var sections: [Section]
    var gaps: [Gap]
    var file: String
  }

  let context: LoadContext

  /// The file's reader, for the whole-manual checks that report at its start, and its words.
  func load() -> (reader: MappingReader?, front: Front?) {
    guard let file = context.file("manual.yaml"), let top = file.reader(Keys.schema, sink: context.sink)
    else { return (nil, nil) }
    let sections = context.each(top[Keys.sections], in: file.path, SectionKeys.schema, section)
    guard let publisher = top[Keys.publisher], let office = top[Keys.office], let title = top[Keys.title],
      let about = top[Keys.about], let address = top[Keys.systemAddress], let closing = top[Keys.closing]
    else { return (top, nil) }
    return (
      top,
      Front(
        publisher: publisher, office: office, title: title, about: about, systemAddress: address,
        closing: closing, sections: sections, gaps: context.gaps(top), file: file.path)
    )
  }

  func section(_ reader: MappingReader) -> Section? {
    let ledger = context.ledger
    if reader.has(SectionKeys.procedure) {
      guard let id = reader[SectionKeys.procedure] else { return nil }
      ledger.refer(.procedure, id, at: reader.location(of: SectionKeys.procedure))
      ledger.define(.section, id, at: reader.location(of: SectionKeys.procedure), sink: context.sink)
      return .procedure(id: id)
    }
    guard let id = reader[SectionKeys.titleOnly], let title = reader[SectionKeys.title],
      let gapText = reader[SectionKeys.gap]
    else { return nil }
    ledger.define(.section, id, at: reader.location(of: SectionKeys.titleOnly), sink: context.sink)
    return .titleOnly(
      id: id, title: title, gap: Gap(id: id, text: gapText, location: reader.location(of: SectionKeys.gap)))
  }
}
