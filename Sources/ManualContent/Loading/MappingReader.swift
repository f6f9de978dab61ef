import Yams

/// Reads one YAML mapping of a content file, field by field, reporting every problem with
/// its line and column instead of stopping at the first. Unknown keys are errors that name
/// the allowed ones: a typo must never be silently ignored.
struct MappingReader {
  let file: String
  let pairs: [(key: String, keyNode: Node, value: Node)]
  let location: SourceLocation
  let sink: DiagnosticSink

  /// nil (after reporting) when `node` is not a mapping.
  init?(_ node: Node, file: String, allowed: [String], sink: DiagnosticSink, what: String) {
    self.file = file
    self.sink = sink
    self.location = Self.location(of: node, in: file)
    guard case .mapping(let mapping) = node else {
      sink.error(
        location,
        LocalizedText(
          th: "\(what) ต้องเป็นชุดของ `ชื่อ: ค่า`", en: "\(what) must be a set of `name: value` lines"),
        fix: LocalizedText(
          th: "เขียนเป็นบรรทัด `ชื่อ: ค่า` โดยใช้ชื่อ: \(allowed.joined(separator: ", "))",
          en: "write it as `name: value` lines, with names from: \(allowed.joined(separator: ", "))"))
      return nil
    }
    var pairs: [(String, Node, Node)] = []
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      let at = Self.location(of: keyNode, in: file)
      if !allowed.contains(key) {
        let hint = Self.nearest(to: key, in: allowed).map { " Did you mean `\($0)`?" } ?? ""
        sink.error(
          at,
          LocalizedText(
            th: "ไม่รู้จักช่อง `\(key)` ใน\(what) ช่องที่ใช้ได้คือ: \(allowed.joined(separator: ", "))",
            en: "unknown field `\(key)` in \(what); expected one of: \(allowed.joined(separator: ", "))."
              + hint),
          fix: LocalizedText(
            th: "แก้ชื่อช่องให้ตรงกับช่องที่ใช้ได้ หรือลบบรรทัดนี้",
            en: "rename it to one of the expected fields, or remove the line"))
        continue
      }
      if pairs.contains(where: { $0.0 == key }) {
        sink.error(
          at, LocalizedText(th: "ช่อง `\(key)` ซ้ำ", en: "field `\(key)` appears twice"),
          fix: LocalizedText(th: "เก็บไว้เพียงบรรทัดเดียว", en: "keep only one of them"))
        continue
      }
      pairs.append((key, keyNode, value))
    }
    self.pairs = pairs.map { (key: $0.0, keyNode: $0.1, value: $0.2) }
  }

  static func location(of node: Node, in file: String) -> SourceLocation {
    let mark = node.mark
    return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

  /// The value of `key`; reports a missing required key at the mapping's start.
  func node(_ key: String, required: Bool = true) -> Node? {
    if let pair = pairs.first(where: { $0.key == key }) { return pair.value }
    if required {
      sink.error(
        location,
        LocalizedText(th: "ไม่มีช่อง `\(key)`", en: "missing field `\(key)`"),
        fix: LocalizedText(th: "เพิ่มบรรทัด `\(key): …`", en: "add a line `\(key): …`"))
    }
    return nil
  }

  func location(of key: String) -> SourceLocation {
    pairs.first(where: { $0.key == key }).map { Self.location(of: $0.value, in: file) } ?? location
  }

  func string(_ key: String, required: Bool = true) -> String? {
    guard let value = node(key, required: required) else { return nil }
    return scalarString(value, key: key)
  }

  func scalarString(_ value: Node, key: String) -> String? {
    guard case .scalar(let scalar) = value else {
      typeError(key, value, th: "ข้อความ", en: "a text")
      return nil
    }
    let text = Self.clean(scalar.string)
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      sink.error(
        Self.location(of: value, in: file),
        LocalizedText(th: "ช่อง `\(key)` ว่างอยู่", en: "`\(key)` is empty"),
        fix: LocalizedText(th: "ใส่ข้อความให้ช่อง `\(key)`", en: "write a value for `\(key)`"))
      return nil
    }
    return text
  }

  /// Zero-width spaces pasted from Word break search and copy; they carry no meaning here.
  static func clean(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{200B}" && $0 != "\u{FEFF}" }))
  }

  func int(_ key: String, required: Bool = true) -> Int? {
    guard let value = node(key, required: required) else { return nil }
    guard let number = value.int else {
      typeError(key, value, th: "ตัวเลขจำนวนเต็ม", en: "a whole number")
      return nil
    }
    return number
  }

  func double(_ key: String) -> Double? {
    guard let value = node(key) else { return nil }
    guard let number = value.float ?? value.int.map(Double.init) else {
      typeError(key, value, th: "ตัวเลข", en: "a number")
      return nil
    }
    return number
  }

  func bool(_ key: String) -> Bool? {
    guard let value = node(key, required: false) else { return nil }
    guard case .scalar(let scalar) = value, ["true", "false"].contains(scalar.string) else {
      typeError(key, value, th: "true หรือ false", en: "true or false")
      return nil
    }
    return scalar.string == "true"
  }

  /// A text in both languages: `{th: …, en: …}`. One language without the other is an
  /// error: every text must be translated (translation parity).
  func text(_ key: String, required: Bool = true) -> LocalizedText? {
    guard let value = node(key, required: required) else { return nil }
    return localized(value, key: key)
  }

  func localized(_ value: Node, key: String) -> LocalizedText? {
    guard
      let reader = MappingReader(
        value, file: file, allowed: ["th", "en"], sink: sink, what: "`\(key)`")
    else { return nil }
    var missing = false
    for language in Language.allCases where !reader.has(language.rawValue) {
      missing = true
      let other = language.other.rawValue
      sink.error(
        reader.location,
        LocalizedText(
          th:
            "`\(key)` มีข้อความภาษา\(language == .th ? "อังกฤษ" : "ไทย")แต่ไม่มีภาษา\(language == .th ? "ไทย" : "อังกฤษ") (`\(language.rawValue)`)",
          en: "`\(key)` has `\(other)` text but no `\(language.rawValue)` text: untranslated"),
        fix: LocalizedText(
          th: "เพิ่ม `\(language.rawValue): …` ถัดจาก `\(other):` ให้ครบทั้งสองภาษา",
          en: "add `\(language.rawValue): …` next to `\(other):` so that both languages say it"))
    }
    guard !missing, let th = reader.string("th"), let en = reader.string("en") else { return nil }
    for label in ScreenLabels.quoted(in: th) where !en.contains(label) {
      sink.error(
        reader.location(of: "en"),
        LocalizedText(
          th: "ข้อความภาษาอังกฤษต้องมีชื่อบนหน้าจอ \(label) ตรงตามภาษาไทย เพราะหน้าจอ CRIMES เป็นภาษาไทย",
          en: "the English text must quote the Thai screen label \(label) exactly: officers see a Thai screen"
        ),
        fix: LocalizedText(
          th: "ใส่ \(label) ในข้อความ `en:` พร้อมคำอธิบายภาษาอังกฤษ",
          en: "write \(label) in the `en:` text, followed by an English gloss in brackets"))
    }
    return LocalizedText(th: th, en: en)
  }

  func list(_ key: String, required: Bool = true) -> [Node]? {
    guard let value = node(key, required: required) else { return nil }
    guard case .sequence(let sequence) = value else {
      typeError(
        key, value, th: "รายการ (บรรทัดที่ขึ้นต้นด้วย - หรือ [ ... ])", en: "a list (`- item` lines or `[a, b]`)")
      return nil
    }
    return Array(sequence)
  }

  func stringList(_ key: String, required: Bool = true) -> [(String, SourceLocation)]? {
    list(key, required: required)?.compactMap { item in
      scalarString(item, key: key).map { ($0, Self.location(of: item, in: file)) }
    }
  }

  func typeError(_ key: String, _ value: Node, th: String, en: String) {
    sink.error(
      Self.location(of: value, in: file),
      LocalizedText(th: "`\(key)` ต้องเป็น\(th)", en: "`\(key)` must be \(en)"),
      fix: LocalizedText(th: "แก้ค่าของ `\(key)` ให้เป็น\(th)", en: "change `\(key)` to \(en)"))
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
