/// glossary.yaml: the words of the manual and where they matter.
struct GlossaryLoader {
  enum Keys {
    static let terms = Key<[YAMLNode]>.list("terms")
    static let schema = Schema.file([terms])
  }

  enum TermKeys {
    static let id = Key.string("id")
    static let term = Key.text("term")
    static let meaning = Key.text("meaning")
    static let see = Key<[(String, SourceLocation)]>.strings("see", required: false)
    static let schema = Schema(LocalizedText(th: "คำศัพท์", en: "a glossary term"), [id, term, meaning, see])
  }

  let context: LoadContext

  func load() -> [GlossaryTerm] {
    guard let file = context.file("glossary.yaml"), let top = file.reader(Keys.schema, sink: context.sink)
    else { return [] }
    return context.each(top[Keys.terms], in: file.path, TermKeys.schema) { reader -> GlossaryTerm? in
      guard let id = reader[TermKeys.id], let term = reader[TermKeys.term],
        let meaning = reader[TermKeys.meaning]
      else { return nil }
      let see = reader[TermKeys.see] ?? []
      for (id, location) in see { context.ledger.refer(.procedure, id, at: location) }
      context.ledger.define(.glossaryTerm, id, at: reader.location(of: TermKeys.id), sink: context.sink)
      return GlossaryTerm(id: id, term: term, meaning: meaning, procedureIDs: see.map(\.0))
    }
  }
}
