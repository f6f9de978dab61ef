import Foundation

/// Reads one YAML mapping of a content file against its schema, reporting every problem
/// with its line and column instead of stopping at the first. Unknown keys are errors that
/// name the allowed ones: a typo must never be silently ignored.
struct MappingReader {
  let file: String
  let pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)]
  let location: SourceLocation
  let sink: DiagnosticSink

  /// nil (after reporting) when `node` is not a mapping.
  init?(_ node: YAMLNode, file: String, schema: Schema, sink: DiagnosticSink) {
    self.file = file
    self.sink = sink
    self.location = Self.location(of: node, in: file)
    let allowed = schema.keys.joined(separator: ", ")
    guard case .mapping(let mapping, _) = node else {
      sink.report(location, Messages.notAMapping, ["what": schema.what, "allowed": allowed])
      return nil
    }
    var pairs: [(String, YAMLNode, YAMLNode)] = []
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      let at = Self.location(of: keyNode, in: file)
      if !schema.keys.contains(key) {
        let hint = Self.nearest(to: key, in: schema.keys).map {
          Message.fill(Messages.didYouMean, ["key": $0])
        }
        sink.report(
          at, Messages.unknownKey,
          ["key": key, "what": schema.what, "allowed": allowed, "hint": hint ?? ""])
        continue
      }
      if pairs.contains(where: { $0.0 == key }) {
        sink.report(at, Messages.duplicateKey, ["key": key])
        continue
      }
      pairs.append((key, keyNode, value))
    }
    self.pairs = pairs.map { (key: $0.0, keyNode: $0.1, value: $0.2) }
  }

  static func location(of node: YAMLNode, in file: String) -> SourceLocation {
    let mark = node.mark
    return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  func location(of node: YAMLNode) -> SourceLocation { Self.location(of: node, in: file) }

  /// Where the value of `key` stands; the mapping's start when it is absent.
  func location(of key: any SchemaKey) -> SourceLocation {
    pairs.first(where: { $0.key == key.name }).map { location(of: $0.value) } ?? location
  }

  func has(_ key: any SchemaKey) -> Bool { pairs.contains { $0.key == key.name } }

  /// The typed value of `key`; reports a missing required key at the mapping's start.
  subscript<Value>(_ key: Key<Value>) -> Value? { self[key, required: key.required] }

  /// As above, for a key whose need depends on another value (a field's `choices`).
  subscript<Value>(_ key: Key<Value>, required required: Bool) -> Value? {
    guard let pair = pairs.first(where: { $0.key == key.name }) else {
      if required { sink.report(location, Messages.missingKey, ["key": key.name]) }
      return nil
    }
    return key.read(self, pair.value)
  }

  func scalarString(_ value: YAMLNode, key: String) -> String? {
    guard case .scalar(let scalar) = value else {
      typeError(key, value, Messages.Expected.text)
      return nil
    }
    let text = Self.clean(scalar.string)
    if Self.isBlank(text) {
      sink.report(location(of: value), Messages.emptyValue, ["key": key])
      return nil
    }
    return text
  }

  /// Zero-width spaces pasted from Word break search and copy; they carry no meaning here.
  /// Texts without either (no E2 or EF byte in their UTF-8) come back as they are, uncopied:
  /// every text of a large manual passes here (issue 12).
  static func clean(_ text: String) -> String {
    guard text.hasUTF8Byte(where: { $0 == 0xE2 || $0 == 0xEF }) else { return text }
    return String(
      String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{200B}" && $0 != "\u{FEFF}" }))
  }

  /// Nothing but white space: a text whose first letter is not white space is not blank, and
  /// is not copied to find out.
  static func isBlank(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return true }
    if !CharacterSet.whitespacesAndNewlines.contains(first) { return false }
    return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
  }

  func sequence(_ value: YAMLNode, key: String) -> [YAMLNode]? {
    guard case .sequence(let sequence, _) = value else {
      typeError(key, value, Messages.Expected.list)
      return nil
    }
    return sequence
  }

  /// A text in both languages: `{th: …, en: …}`. One language without the other is an
  /// error: every text must be translated (translation parity).
  func localized(_ value: YAMLNode, key: String) -> LocalizedText? {
    let th = Key<String>.string(Language.th.rawValue)
    let en = Key<String>.string(Language.en.rawValue)
    guard
      let reader = MappingReader(
        value, file: file, schema: Schema(LocalizedText(th: "`\(key)`", en: "`\(key)`"), [th, en]), sink: sink
      )
    else { return nil }
    var missing = false
    for (language, languageKey) in [(Language.th, th), (.en, en)] where !reader.has(languageKey) {
      missing = true
      sink.report(
        reader.location, Messages.untranslated,
        [
          "key": key, "language": language.rawValue, "other": language.other.rawValue,
          "present": language == .th ? "อังกฤษ" : "ไทย", "absent": language == .th ? "ไทย" : "อังกฤษ",
        ])
    }
    guard !missing, let thText = reader[th], let enText = reader[en] else { return nil }
    for label in ScreenLabels.quoted(in: thText) where !enText.contains(label) {
      sink.report(reader.location(of: en), Messages.screenLabelNotQuoted, ["label": label])
    }
    return LocalizedText(th: thText, en: enText)
  }

  func typeError(_ key: String, _ value: YAMLNode, _ expected: LocalizedText) {
    sink.report(location(of: value), Messages.wrongType, ["key": key, "expected": expected])
  }

  /// The allowed key closest to a misspelt one, when it is close enough to be a typo.
  static func nearest(to key: String, in allowed: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
      var row = Array(0...b.count)
      for (i, ca) in a.enumerated() {
        var previous = row[0]
        row[0] = i + 1
        for (j, cb) in b.enumerated() {
          let current = row[j + 1]
          row[j + 1] = min(row[j + 1] + 1, row[j] + 1, previous + (ca == cb ? 0 : 1))
          previous = current
        }
      }
      return row[b.count]
    }
    let scored = allowed.map { ($0, distance(Array(key), Array($0))) }.min { $0.1 < $1.1 }
    guard let best = scored, best.1 <= max(2, key.count / 3) else { return nil }
    return best.0
  }
}
