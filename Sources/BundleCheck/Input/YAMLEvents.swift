import CYaml

/// The manifest read from libyaml's own event stream (libyaml is the C parser inside Yams),
/// never composed into a tree by Yams: an alias, an anchor or a tag is refused at the event
/// that carries it, before anything is expanded, and every value counts against a budget.
/// Yams' compose resolves aliases by copying, so a 1 KB "billion laughs" would never return.
struct YAMLEventReader {
  /// One event, copied out of libyaml's buffers.
  struct Event {
    enum Kind { case streamStart, streamEnd, documentStart, documentEnd, alias, scalar }
    enum Shape { case none, sequenceStart, sequenceEnd, mappingStart, mappingEnd }
    var kind: Kind?
    var shape: Shape = .none
    var line: Int
    var column: Int
    var value = ""
    var plain = false
    var hasAnchor = false
    var hasTag = false
  }

  /// Reads every event of `utf8`, handing each to `visit`; stops at the first problem, which
  /// is returned with its place. `visit` may stop the reading by returning a problem too.
  static func read(
    _ utf8: [UInt8], visit: (Event) -> ManifestReadProblem?
  ) -> ManifestReadProblem? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return .syntax(.parserFailed, line: 1, column: 1) }
    defer { yaml_parser_delete(&parser) }
    return utf8.withUnsafeBufferPointer { buffer -> ManifestReadProblem? in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      while true {
        var raw = yaml_event_t()
        guard yaml_parser_parse(&parser, &raw) == 1 else { return problem(of: parser, in: utf8) }
        let event = copy(raw)
        yaml_event_delete(&raw)
        if let problem = visit(event) { return problem }
        if event.kind == .streamEnd { return nil }
      }
    }
  }

  private static func copy(_ raw: yaml_event_t) -> Event {
    var event = Event(line: Int(raw.start_mark.line) + 1, column: Int(raw.start_mark.column) + 1)
    switch raw.type {
    case YAML_STREAM_START_EVENT: event.kind = .streamStart
    case YAML_STREAM_END_EVENT: event.kind = .streamEnd
    case YAML_DOCUMENT_START_EVENT: event.kind = .documentStart
    case YAML_DOCUMENT_END_EVENT: event.kind = .documentEnd
    case YAML_ALIAS_EVENT: event.kind = .alias
    case YAML_SCALAR_EVENT:
      let scalar = raw.data.scalar
      event.kind = .scalar
      event.hasAnchor = scalar.anchor != nil
      event.hasTag = scalar.tag != nil
      event.plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
      if let value = scalar.value {
        event.value = String(decoding: UnsafeBufferPointer(start: value, count: scalar.length), as: UTF8.self)
      }
    case YAML_SEQUENCE_START_EVENT:
      event.shape = .sequenceStart
      event.hasAnchor = raw.data.sequence_start.anchor != nil
      event.hasTag = raw.data.sequence_start.tag != nil
    case YAML_SEQUENCE_END_EVENT: event.shape = .sequenceEnd
    case YAML_MAPPING_START_EVENT:
      event.shape = .mappingStart
      event.hasAnchor = raw.data.mapping_start.anchor != nil
      event.hasTag = raw.data.mapping_start.tag != nil
    case YAML_MAPPING_END_EVENT: event.shape = .mappingEnd
    default: break
    }
    return event
  }

  /// libyaml's problem, as one of ours: its words are fixed strings of libyaml (never the
  /// manifest's text), mapped to what an officer can act on.
  private static func problem(of parser: yaml_parser_t, in utf8: [UInt8]) -> ManifestReadProblem {
    let mark = parser.problem_mark
    let line = Int(mark.line) + 1
    let column = Int(mark.column) + 1
    let words = parser.problem.map { String(cString: $0) } ?? ""
    let context = parser.context.map { String(cString: $0) } ?? ""
    let kind: SyntaxProblem
    // The bytes were checked as UTF-8 before: what the reader refuses now is a control character.
    if parser.error == YAML_READER_ERROR {
      kind = .controlCharacter
    } else if context.contains("alias") || context.contains("anchor") || context.contains("tag") {
      kind = .startsWithMark
    } else if words.contains("tab") || character(atLine: line, column: column, in: utf8) == "\t" {
      kind = .tab
    } else if words.contains("mapping values are not allowed") {
      kind = .colonInValue
    } else if words.contains("did not find expected ',' or ']'")
      || words.contains("did not find expected ',' or '}'")
      || words.contains("did not find expected node content") && context.contains("flow")
    {
      kind = .unclosedBracket
    } else if context.contains("quoted scalar") {
      kind = .unclosedQuote
    } else if words.contains("did not find expected key") || words.contains("did not find expected '-'") {
      kind = .indentation
    } else if words.contains("Unicode") || words.contains("escape") {
      kind = .badEscape
    } else {
      kind = .other
    }
    return .syntax(kind, line: line, column: column)
  }
}

extension YAMLEventReader {
  /// The character libyaml stopped at (its marks count characters from 0), to tell a Tab
  /// apart from other characters that "cannot start any token".
  static func character(atLine line: Int, column: Int, in utf8: [UInt8]) -> Unicode.Scalar? {
    let lines = utf8.split(separator: 0x0A, maxSplits: line, omittingEmptySubsequences: false)
    guard line - 1 < lines.count else { return nil }
    let scalars = Array(String(decoding: lines[line - 1], as: UTF8.self).unicodeScalars)
    return column - 1 < scalars.count ? scalars[column - 1] : nil
  }
}

/// What is wrong with the manifest's YAML or JSON, in words of our own.
public enum SyntaxProblem: Equatable, Sendable {
  case startsWithMark, tab, colonInValue, unclosedBracket, unclosedQuote, indentation, badEscape
  case controlCharacter, parserFailed, other

  var words: (th: String, en: String) {
    switch self {
    case .startsWithMark:
      return (
        "ค่าที่ขึ้นต้นด้วย * & หรือ ! ต้องอยู่ในเครื่องหมายคำพูด (\"...\")",
        "a value that starts with *, & or ! must be put in quotes (\"...\")"
      )
    case .tab: return ("ใช้ปุ่ม Tab ย่อหน้า ให้ใช้การเว้นวรรคแทน", "it is indented with a Tab; indent with spaces")
    case .colonInValue:
      return (
        "ค่าที่มีเครื่องหมาย `: ` ต้องอยู่ในเครื่องหมายคำพูด หรือการย่อหน้าไม่ตรงกัน",
        "a value holding `: ` must be put in quotes, or the indentation does not line up"
      )
    case .unclosedBracket:
      return ("วงเล็บ [ หรือ { ไม่ได้ปิด", "a [ or { is not closed")
    case .unclosedQuote: return ("เครื่องหมายคำพูดไม่ได้ปิด", "a quote is not closed")
    case .indentation: return ("การย่อหน้าไม่ตรงกัน", "the indentation does not line up")
    case .badEscape: return ("รหัส \\ ในข้อความไม่ถูกต้อง", "a \\ escape in the text is not valid")
    case .controlCharacter:
      return ("มีอักขระควบคุมที่มองไม่เห็น", "it holds an invisible control character")
    case .parserFailed: return ("ตัวอ่าน YAML เริ่มทำงานไม่ได้", "the YAML reader could not start")
    case .other: return ("เขียนไม่ถูกรูปแบบ YAML", "it is not well-formed YAML")
    }
  }
}
