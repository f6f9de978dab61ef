import CYaml
import Yams

/// Where a node of a content file starts: line and column from 1, columns in Unicode scalars.
struct YAMLMark: Sendable {
  let line: Int
  let column: Int
}

/// A node of a content file's YAML tree: a text, a list or a mapping, with where it starts.
/// The loaders read only these three and their places; types, tags and styles are not
/// used (every value is read as text, and checked by the loader that reads it).
enum YAMLNode {
  struct Scalar {
    let string: String
    /// Plain, quoted or block: a number is a number only when written plain (YAML, Yams).
    let style: Node.Scalar.Style
    let mark: YAMLMark?
  }

  case scalar(Scalar)
  case sequence([YAMLNode], YAMLMark?)
  case mapping([(key: YAMLNode, value: YAMLNode)], YAMLMark?)
  /// Anything else Yams' tree may hold (an unresolved alias): neither a text, a list nor a mapping.
  case other(YAMLMark?)

  var mark: YAMLMark? {
    switch self {
    case .scalar(let scalar): return scalar.mark
    case .sequence(_, let mark), .mapping(_, let mark), .other(let mark): return mark
    }
  }

  /// The text of a scalar; nil for anything else.
  var string: String? {
    guard case .scalar(let scalar) = self else { return nil }
    return scalar.string
  }

  /// A whole number, read by Yams' own rules (`0x1F`, `1_000`, plain scalars only).
  var int: Int? {
    guard case .scalar(let scalar) = self else { return nil }
    // Plain decimal digits not starting with 0 (which Yams reads as octal) are what Yams'
    // rules end in anyway, `Int(text)`; its rules begin with a Foundation search for `_` that
    // was a few percent of loading a large manual (issue 12). YAMLTreeTests hold them equal.
    if Self.isPlain(scalar), Self.isDecimal(scalar.string, fraction: false) { return Int(scalar.string) }
    return Int.construct(from: Node.Scalar(scalar.string, .implicit, scalar.style))
  }

  /// A number, read by Yams' own rules.
  var float: Double? {
    guard case .scalar(let scalar) = self else { return nil }
    // As `int`: plain decimals end in Yams' `Double(text)`.
    if Self.isPlain(scalar), Self.isDecimal(scalar.string, fraction: true) { return Double(scalar.string) }
    return Double.construct(from: Node.Scalar(scalar.string, .implicit, scalar.style))
  }

  private static func isPlain(_ scalar: Scalar) -> Bool { scalar.style == .plain || scalar.style == .any }

  /// `-`? then digits, the first not 0 (unless it is the only one and there is no sign), and
  /// with `fraction`, at most one `.` between digits.
  static func isDecimal(_ text: String, fraction: Bool) -> Bool {
    var bytes = text.utf8[...]
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { bytes = bytes.dropFirst() }
    guard let first = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
      return false
    }
    if first == UInt8(ascii: "0") && (negative || bytes.count > 1) { return false }
    var dot = false
    var previousIsDigit = false
    for byte in bytes {
      if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        previousIsDigit = true
      } else if fraction && byte == UInt8(ascii: ".") && !dot && previousIsDigit {
        dot = true
        previousIsDigit = false
      } else {
        return false
      }
    }
    return previousIsDigit && bytes.count <= 18
  }

  var mapping: [(key: YAMLNode, value: YAMLNode)]? {
    guard case .mapping(let pairs, _) = self else { return nil }
    return pairs
  }

  /// The same tree, from Yams' own (for the files `YAMLTree` leaves to Yams).
  init(_ node: Node) {
    let mark = node.mark.map { YAMLMark(line: $0.line, column: $0.column) }
    switch node {
    case .scalar(let scalar): self = .scalar(Scalar(string: scalar.string, style: scalar.style, mark: mark))
    case .sequence(let sequence): self = .sequence(sequence.map(YAMLNode.init), mark)
    case .mapping(let mapping): self = .mapping(mapping.map { (YAMLNode($0.key), YAMLNode($0.value)) }, mark)
    default: self = .other(mark)
    }
  }
}

/// A content file's YAML tree (`YAMLNode`) built straight from libyaml's event stream (libyaml is the C
/// parser inside Yams), for the files that are plain YAML: mappings, lists and texts.
///
/// Why not `Yams.compose`: it wraps every event in an object, gives every node a tag object,
/// and checks each mapping for repeated keys by hashing every key node, which resolves each
/// scalar's type against Yams' patterns; at N = 1,000 that was a sixth of `guide build`
/// (BENCHMARKS.md, issue 12). Here keys are compared as text, and only a mapping where two
/// keys have the same text can hold a repeated key.
///
/// Anything unusual gives up (nil), and the file is then composed by Yams exactly as before,
/// so that every problem is reported with the same words and the same line and column:
/// a syntax error, an empty file, a second document, an anchor, an alias, an explicit tag, a
/// key that is not a text, or two keys with the same text (which Yams then reports, or
/// accepts when their types differ).
enum YAMLTree {
  static func build(_ text: String) -> YAMLNode? {
    var text = text
    return text.withUTF8 { bytes -> YAMLNode? in
      guard let start = bytes.baseAddress, !bytes.isEmpty else { return nil }
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return nil }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_input_string(&parser, start, bytes.count)
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      var builder = Builder()
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
        let step = builder.take(event)
        yaml_event_delete(&event)
        switch step {
        case .more: continue
        case .done(let root): return root
        case .giveUp: return nil
        }
      }
    }
  }

  private enum Step {
    case more
    case done(YAMLNode)
    case giveUp
  }

  /// A list or mapping still open, with what it holds so far.
  private struct Open {
    var mark: YAMLMark
    var isMapping: Bool
    var items: [YAMLNode] = []
    var pairs: [(key: YAMLNode, value: YAMLNode)] = []
    var keys: [String] = []
    var pendingKey: YAMLNode?
  }

  private struct Builder {
    var open: [Open] = []
    var root: YAMLNode?
    var documents = 0

    mutating func take(_ event: yaml_event_t) -> Step {
      let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
      switch event.type {
      case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
        return .more
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        return documents == 1 ? .more : .giveUp
      case YAML_STREAM_END_EVENT:
        return root.map { .done($0) } ?? .giveUp
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        guard scalar.anchor == nil, scalar.tag == nil else { return .giveUp }
        let value = String(
          decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
        // libyaml's styles are Yams' raw values (any, plain, single, double, literal, folded).
        let style = Node.Scalar.Style(rawValue: UInt32(scalar.style.rawValue)) ?? .any
        return add(.scalar(YAMLNode.Scalar(string: value, style: style, mark: mark)))
      case YAML_SEQUENCE_START_EVENT:
        let start = event.data.sequence_start
        guard start.anchor == nil, start.implicit != 0 || start.tag == nil else { return .giveUp }
        open.append(Open(mark: mark, isMapping: false))
        return .more
      case YAML_MAPPING_START_EVENT:
        let start = event.data.mapping_start
        guard start.anchor == nil, start.implicit != 0 || start.tag == nil else { return .giveUp }
        open.append(Open(mark: mark, isMapping: true))
        return .more
      case YAML_SEQUENCE_END_EVENT:
        guard let list = open.popLast() else { return .giveUp }
        return add(.sequence(list.items, list.mark))
      case YAML_MAPPING_END_EVENT:
        guard let mapping = open.popLast() else { return .giveUp }
        return add(.mapping(mapping.pairs, mapping.mark))
      default:
        // An alias (or an event this reader does not know): Yams composes the file.
        return .giveUp
      }
    }

    private mutating func add(_ node: YAMLNode) -> Step {
      guard !open.isEmpty else {
        root = node
        return .more
      }
      let last = open.count - 1
      guard open[last].isMapping else {
        open[last].items.append(node)
        return .more
      }
      if let key = open[last].pendingKey {
        open[last].pairs.append((key: key, value: node))
        open[last].pendingKey = nil
        return .more
      }
      guard case .scalar(let key) = node, !open[last].keys.contains(key.string) else { return .giveUp }
      open[last].keys.append(key.string)
      open[last].pendingKey = node
      return .more
    }
  }
}
