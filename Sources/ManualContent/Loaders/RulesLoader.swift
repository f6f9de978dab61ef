import Yams

/// rules.yaml: the words of every rule precheck reports, checked against `RuleID` both ways.
struct RulesLoader {
  enum Keys {
    static let rules = Key<[YAMLNode]>.list("rules")
    static let schema = Schema.file([rules])
  }

  enum RuleKeys {
    static let id = Key.string("id")
    static let severity = Key.string("severity")
    static let message = Key.text("message")
    static let fix = Key.text("fix")
    static let examples = Key<[YAMLNode]>.list("examples")
    static let schema = Schema(
      LocalizedText(th: "กฎการตรวจ", en: "a rule"), [id, severity, message, fix, examples])
    static let severityName = LocalizedText(th: "ระดับ", en: "severity")
  }

  enum ExampleKeys {
    static let manifest = Key.string("manifest", required: false)
    static let files = Key.string("files", required: false)
    static let schema = Schema(LocalizedText(th: "ตัวอย่าง", en: "an example"), [manifest, files])
  }

  let context: LoadContext

  func load() -> [BundleRule] {
    guard let file = context.file("rules.yaml"), let top = file.reader(Keys.schema, sink: context.sink)
    else { return [] }
    let rules = context.each(top[Keys.rules], in: file.path, RuleKeys.schema, rule)
    for id in RuleID.allCases where !context.ledger.isDefined(.rule, id.rawValue) {
      context.sink.report(top.location, Messages.ruleNotDefined, ["id": id.rawValue])
    }
    return rules
  }

  func rule(_ reader: MappingReader) -> BundleRule? {
    guard let id = reader[RuleKeys.id], let severityName = reader[RuleKeys.severity],
      let message = reader[RuleKeys.message], let fix = reader[RuleKeys.fix]
    else { return nil }
    let examples = context.each(reader[RuleKeys.examples], in: reader.file, ExampleKeys.schema, example)
    let severity: Severity? = context.oneOf(
      severityName, RuleKeys.severityName, at: reader.location(of: RuleKeys.severity))
    guard let severity else { return nil }
    context.ledger.define(.rule, id, at: reader.location(of: RuleKeys.id), sink: context.sink)
    if RuleID(rawValue: id) == nil {
      context.sink.report(reader.location(of: RuleKeys.id), Messages.ruleNotReported, ["id": id])
    }
    return BundleRule(id: id, severity: severity, message: message, fix: fix, examples: examples)
  }

  /// A bad manifest fragment (which must parse as a mapping), or the file to make.
  func example(_ reader: MappingReader) -> BundleRule.Example? {
    let manifest = reader[ExampleKeys.manifest]
    let files = reader[ExampleKeys.files]
    guard (manifest == nil) != (files == nil) else {
      context.sink.report(reader.location, Messages.exampleNeedsOneKind)
      return nil
    }
    if let manifest {
      let parsed = try? Yams.compose(yaml: manifest)
      guard case .mapping? = parsed else {
        context.sink.report(reader.location(of: ExampleKeys.manifest), Messages.exampleManifestUnreadable)
        return nil
      }
    }
    return BundleRule.Example(manifest: manifest, files: files)
  }
}
