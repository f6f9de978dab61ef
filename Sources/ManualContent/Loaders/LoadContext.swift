/// What every loader shares: where the files come from, where problems go, and the ledger
/// of ids defined and referred to across files.
struct LoadContext {
  let source: ContentSource
  let sink: DiagnosticSink
  let ledger: ReferenceLedger

  init(source: ContentSource, sink: DiagnosticSink, ledger: ReferenceLedger = ReferenceLedger()) {
    self.source = source
    self.sink = sink
    self.ledger = ledger
  }

  /// A content file parsed, or nil after its problem is reported.
  func file(_ relativePath: String) -> ContentFile? {
    ContentFile(source: source, relativePath: relativePath, sink: sink)
  }

  /// A mapping read with its schema, or nil after reporting that it is not one.
  func reader(_ node: YAMLNode, in file: String, _ schema: Schema) -> MappingReader? {
    MappingReader(node, file: file, schema: schema, sink: sink)
  }

  /// Each mapping of a list, read with its schema.
  func each<T>(_ nodes: [YAMLNode]?, in file: String, _ schema: Schema, _ read: (MappingReader) -> T?) -> [T]
  {
    (nodes ?? []).compactMap { node in reader(node, in: file, schema).flatMap(read) }
  }

  /// Reports an id of a kind the ledger does not keep (notes, gaps) when it is misspelt.
  func checkSpelling(_ id: String, _ what: LocalizedText, at location: SourceLocation) {
    ContentIDCheck.check(id, .slug, what: what, at: location, sink: sink)
  }

  /// A value that must be one of an enum's raw values; reports the allowed ones otherwise.
  func oneOf<Value: RawRepresentable & CaseIterable>(
    _ name: String?, _ what: LocalizedText, at location: SourceLocation
  ) -> Value? where Value.RawValue == String {
    guard let name else { return nil }
    if let value = Value(rawValue: name) { return value }
    let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
    sink.report(location, Messages.unknownValue, ["what": what, "value": name, "allowed": allowed])
    return nil
  }
}

/// Gaps: what the source manual does not say. Any file may list them.
enum GapSchema {
  static let id = Key.string("id")
  static let text = Key.text("text")
  static let schema = Schema(LocalizedText(th: "ช่องว่างของคู่มือ", en: "a gap"), [id, text])
  /// The key that holds a list of gaps, in every file that has one.
  static let list = Key<[YAMLNode]>.list("gaps", required: false)
  static let name = LocalizedText(th: "ช่องว่างของคู่มือ", en: "gap")
}

extension LoadContext {
  func gaps(_ parent: MappingReader) -> [Gap] {
    each(parent[GapSchema.list], in: parent.file, GapSchema.schema) { reader -> Gap? in
      guard let id = reader[GapSchema.id], let text = reader[GapSchema.text] else { return nil }
      checkSpelling(id, GapSchema.name, at: reader.location(of: GapSchema.id))
      return Gap(id: id, text: text, location: reader.location)
    }
  }
}
