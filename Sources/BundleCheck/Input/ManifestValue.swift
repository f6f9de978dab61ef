import Yams

/// A manifest (`request.yaml` or `request.json`) as a tree of plain values, each with its line
/// and column. Scalars stay text exactly as written: `0812345678` unquoted is still the phone
/// number "0812345678", never the integer 812345678.
public indirect enum ManifestValue: Equatable, Sendable {
  case text(String, line: Int, column: Int)
  case list([ManifestValue], line: Int, column: Int)
  case map([(key: String, value: ManifestValue)], line: Int, column: Int)

  public static func == (lhs: ManifestValue, rhs: ManifestValue) -> Bool {
    switch (lhs, rhs) {
    case (.text(let a, let l1, let c1), .text(let b, let l2, let c2)): return a == b && l1 == l2 && c1 == c2
    case (.list(let a, let l1, let c1), .list(let b, let l2, let c2)): return a == b && l1 == l2 && c1 == c2
    case (.map(let a, let l1, let c1), .map(let b, let l2, let c2)):
      return l1 == l2 && c1 == c2 && a.count == b.count
        && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  public var line: Int {
    switch self {
    case .text(_, let line, _), .list(_, let line, _), .map(_, let line, _): return line
    }
  }

  /// The value at `key` of a map.
  public subscript(key: String) -> ManifestValue? {
    guard case .map(let pairs, _, _) = self else { return nil }
    return pairs.first { $0.key == key }?.value
  }

  /// The value at a dotted field path, e.g. `officer.national_id` or `assignment.kind`.
  public func value(at path: String) -> ManifestValue? {
    path.split(separator: ".").reduce(Optional(self)) { $0?[String($1)] }
  }

  public var text: String? {
    if case .text(let value, _, _) = self { return value }
    return nil
  }
}

/// Why a manifest could not be read at all. Each carries the place where it was found.
public enum ManifestReadProblem: Error, Equatable, Sendable {
  case tooLarge(bytes: Int, limit: Int)
  case notUTF8
  case syntax(String, line: Int, column: Int)
  case empty
  /// YAML anchors and aliases (`&a`, `*a`) are refused: a bundle never needs them, and they
  /// are how "billion laughs" bombs make a small file expand without end.
  case aliasOrAnchor(line: Int, column: Int)
  case tooDeep(line: Int, column: Int)
}

public enum ManifestReader {
  /// A real manifest is a few kilobytes; a larger one is refused before it is parsed.
  public static let maximumBytes = 256 * 1024
  /// Nesting deeper than this is no request form.
  public static let maximumDepth = 16

  public static func read(_ bytes: [UInt8]) -> Result<ManifestValue, ManifestReadProblem> {
    guard bytes.count <= maximumBytes else {
      return .failure(.tooLarge(bytes: bytes.count, limit: maximumBytes))
    }
    guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(.notUTF8) }
    // Anchors are refused from the text before libyaml composes it: composing an alias bomb
    // ("billion laughs") in Yams does not come back (seen here), so it must never start.
    if let place = firstAnchorOrAlias(in: text) {
      return .failure(.aliasOrAnchor(line: place.line, column: place.column))
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      switch error {
      case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
        .composer(_, let problem, let mark, _):
        return .failure(.syntax(problem, line: mark.line, column: mark.column))
      default:
        return .failure(.syntax("\(error)", line: 1, column: 1))
      }
    } catch {
      return .failure(.syntax("\(error)", line: 1, column: 1))
    }
    guard let root else { return .failure(.empty) }
    return convert(root, depth: 0)
  }

  private static func convert(_ node: Node, depth: Int) -> Result<ManifestValue, ManifestReadProblem> {
    let line = node.mark?.line ?? 1
    let column = node.mark?.column ?? 1
    guard depth < maximumDepth else { return .failure(.tooDeep(line: line, column: column)) }
    if node.anchor != nil { return .failure(.aliasOrAnchor(line: line, column: column)) }
    switch node {
    case .scalar(let scalar):
      return .success(.text(scalar.string, line: line, column: column))
    case .sequence(let sequence):
      var items: [ManifestValue] = []
      for item in sequence {
        switch convert(item, depth: depth + 1) {
        case .success(let value): items.append(value)
        case .failure(let problem): return .failure(problem)
        }
      }
      return .success(.list(items, line: line, column: column))
    case .mapping(let mapping):
      var pairs: [(key: String, value: ManifestValue)] = []
      for (key, value) in mapping {
        switch convert(value, depth: depth + 1) {
        case .success(let converted): pairs.append((key.string ?? "", converted))
        case .failure(let problem): return .failure(problem)
        }
      }
      return .success(.map(pairs, line: line, column: column))
    case .alias:
      return .failure(.aliasOrAnchor(line: line, column: column))
    }
  }

  /// The first `&name` or `*name` where a YAML value starts (after `key:`, `- `, `[`, `{` or
  /// `,`), outside quotes and comments. A `*` or `&` inside free text (`งาน * พิเศษ`) is text.
  static func firstAnchorOrAlias(in text: String) -> (line: Int, column: Int)? {
    var line = 1
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var column = 1
      var quote: Character? = nil
      var lastSignificant: Character = "-"  // a line starts where a value may start
      var previous: Character = " "
      for character in rawLine {
        defer {
          previous = character
          column += 1
        }
        if let open = quote {
          if character == open { quote = nil }
          continue
        }
        if character == " " || character == "\t" { continue }
        if character == "#" && previous == " " { break }
        let atValueStart = ":-[{,".contains(lastSignificant)
        if (character == "&" || character == "*") && atValueStart { return (line, column) }
        if (character == "\"" || character == "'") && atValueStart { quote = character }
        lastSignificant = character
      }
      line += 1
    }
    return nil
  }
}
