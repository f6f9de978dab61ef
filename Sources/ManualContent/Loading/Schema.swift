/// One key of a content mapping, declared once: its name, whether it must be there and how
/// its value is read. A schema's allowed keys and its typed reads both come from these, so
/// no key is spelt twice.
struct Key<Value>: SchemaKey {
  let name: String
  let required: Bool
  let read: @Sendable (MappingReader, YAMLNode) -> Value?
}

/// A key without its value's type, as a schema lists it.
protocol SchemaKey: Sendable {
  var name: String { get }
}

/// The keys a mapping may hold, in the order messages list them, and what the mapping is
/// called in messages ("a step" / "ขั้นตอน").
struct Schema: Sendable {
  let what: LocalizedText
  let keys: [String]

  init(_ what: LocalizedText, _ keys: [any SchemaKey]) {
    self.what = what
    self.keys = keys.map(\.name)
  }

  /// The root mapping of a content file.
  static func file(_ keys: [any SchemaKey]) -> Schema {
    Schema(LocalizedText(th: "ไฟล์นี้", en: "the file"), keys)
  }
}

extension Key where Value == String {
  /// A one-line text that is not empty: an id, a path, a reference.
  static func string(_ name: String, required: Bool = true) -> Key {
    Key(name: name, required: required) { reader, node in reader.scalarString(node, key: name) }
  }
}

extension Key where Value == LocalizedText {
  /// A text in both languages, `{th: …, en: …}`.
  static func text(_ name: String, required: Bool = true) -> Key {
    Key(name: name, required: required) { reader, node in reader.localized(node, key: name) }
  }
}

extension Key where Value == Int {
  static func int(_ name: String, required: Bool = true) -> Key {
    Key(name: name, required: required) { reader, node in
      guard let number = node.int else {
        reader.typeError(name, node, Messages.Expected.wholeNumber)
        return nil
      }
      return number
    }
  }
}

extension Key where Value == Double {
  static func number(_ name: String, required: Bool = true) -> Key {
    Key(name: name, required: required) { reader, node in
      guard let number = node.float ?? node.int.map(Double.init) else {
        reader.typeError(name, node, Messages.Expected.number)
        return nil
      }
      return number
    }
  }
}

extension Key where Value == Bool {
  /// `true` or `false`; never required: the reader of a flag gives its default.
  static func flag(_ name: String) -> Key {
    Key(name: name, required: false) { reader, node in
      guard case .scalar(let scalar) = node, ["true", "false"].contains(scalar.string) else {
        reader.typeError(name, node, Messages.Expected.flag)
        return nil
      }
      return scalar.string == "true"
    }
  }
}

extension Key where Value == [YAMLNode] {
  /// A list of mappings (steps, notes), each read with its own schema.
  static func list(_ name: String, required: Bool = true) -> Key {
    Key(name: name, required: required) { reader, node in reader.sequence(node, key: name) }
  }
}

extension Key where Value == [(String, SourceLocation)] {
  /// A list of one-line texts, each with where it stands: ids a file refers to.
  static func strings(_ name: String, required: Bool = true) -> Key {
    Key(name: name, required: required) { reader, node in
      reader.sequence(node, key: name)?.compactMap { item in
        reader.scalarString(item, key: name).map { ($0, reader.location(of: item)) }
      }
    }
  }
}

extension Key where Value == [LocalizedText] {
  static func texts(_ name: String, required: Bool = true) -> Key {
    Key(name: name, required: required) { reader, node in
      reader.sequence(node, key: name)?.compactMap { reader.localized($0, key: name) }
    }
  }
}

extension Key where Value == YAMLNode {
  /// A mapping read with its own schema (a figure, a condition).
  static func mapping(_ name: String, required: Bool = true) -> Key {
    Key(name: name, required: required) { _, node in node }
  }
}
