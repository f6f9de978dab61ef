/// Why a manifest could not be read at all. Each carries the place where it was found, and
/// never the manifest's own text (a duplicate key is named only when it looks like a field
/// name), so that a report cannot echo the national ID written on a broken line.
public enum ManifestReadProblem: Error, Equatable, Sendable {
  case tooLarge(bytes: Int, limit: Int)
  case notUTF8
  /// Saved in another encoding that we can name (UTF-16 from Notepad's "Unicode", TIS-620).
  case otherEncoding(String)
  case syntax(SyntaxProblem, line: Int, column: Int)
  case empty
  /// YAML anchors and aliases (`&a`, `*a`) are refused: a bundle never needs them, and they
  /// are how "billion laughs" bombs make a small file expand without end.
  case aliasOrAnchor(line: Int, column: Int)
  /// A YAML tag (`!!str`, `!x`): never needed, and a way to ask for types we do not read.
  case tag(line: Int, column: Int)
  case tooDeep(line: Int, column: Int, limit: Int)
  case tooManyValues(line: Int, limit: Int)
  /// The same name twice in one group; `name` only when it is a plain field name.
  case duplicateKey(name: String?, line: Int, column: Int, firstLine: Int)
  /// A name that is itself a list or group (`? [a, b]: c`).
  case complexKey(line: Int, column: Int)
  case multipleDocuments(line: Int)
}

/// Reads `request.yaml` or `request.json` (JSON is read as the YAML it also is).
public enum ManifestReader {
  /// A real manifest is a few kilobytes; a larger one is refused before it is parsed.
  public static let maximumBytes = BundleLimits.maximumManifestBytes
  /// Nesting deeper than this is no request form.
  public static let maximumDepth = BundleLimits.maximumManifestDepth

  public static func read(_ bytes: [UInt8]) -> Result<ManifestValue, ManifestReadProblem> {
    guard bytes.count <= maximumBytes else {
      return .failure(.tooLarge(bytes: bytes.count, limit: maximumBytes))
    }
    var utf8 = bytes
    if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8.removeFirst(3) }  // Notepad's byte-order mark
    if let encoding = ManifestText.otherEncoding(utf8) { return .failure(.otherEncoding(encoding)) }
    guard String(validating: utf8, as: UTF8.self) != nil else { return .failure(.notUTF8) }
    utf8 = ManifestText.joiningSurrogatePairs(ManifestText.withLineFeeds(utf8))
    var composer = ManifestComposer()
    if let problem = YAMLEventReader.read(utf8, visit: { composer.visit($0) }) { return .failure(problem) }
    guard let root = composer.root else { return .failure(.empty) }
    return .success(root)
  }
}

/// Builds the value tree from libyaml's events, refusing what a manifest never needs.
struct ManifestComposer {
  private enum Frame {
    case list([ManifestValue], line: Int, column: Int)
    case map(Map)
  }
  private struct Map {
    var pairs: [(key: String, value: ManifestValue)] = []
    var line: Int
    var column: Int
    var pendingKey: String?
    var firstLines: [String: Int] = [:]
  }
  private var stack: [Frame] = []
  private var values = 0
  private var documents = 0
  private(set) var root: ManifestValue?

  mutating func visit(_ event: YAMLEventReader.Event) -> ManifestReadProblem? {
    if event.kind == .documentStart {
      documents += 1
      return documents > 1 ? .multipleDocuments(line: event.line) : nil
    }
    if event.kind == .alias || event.hasAnchor {
      return .aliasOrAnchor(line: event.line, column: event.column)
    }
    if event.hasTag { return .tag(line: event.line, column: event.column) }
    let starts = event.kind == .scalar || event.shape == .sequenceStart || event.shape == .mappingStart
    if starts {
      values += 1
      if values > BundleLimits.maximumManifestValues {
        return .tooManyValues(line: event.line, limit: BundleLimits.maximumManifestValues)
      }
    }
    if event.kind == .scalar { return takeScalar(event) }
    switch event.shape {
    case .sequenceStart, .mappingStart:
      if case .map(let map)? = stack.last, map.pendingKey == nil {
        return .complexKey(line: event.line, column: event.column)
      }
      guard stack.count < ManifestReader.maximumDepth else {
        return .tooDeep(line: event.line, column: event.column, limit: ManifestReader.maximumDepth)
      }
      stack.append(
        event.shape == .sequenceStart
          ? .list([], line: event.line, column: event.column)
          : .map(Map(line: event.line, column: event.column)))
    case .sequenceEnd, .mappingEnd:
      switch stack.removeLast() {
      case .list(let items, let line, let column): add(.list(items, line: line, column: column))
      case .map(let map): add(.map(map.pairs, line: map.line, column: map.column))
      }
    case .none: break
    }
    return nil
  }

  private mutating func takeScalar(_ event: YAMLEventReader.Event) -> ManifestReadProblem? {
    guard case .map(var map)? = stack.last, map.pendingKey == nil else {
      add(.text(Self.coreSchema(event), line: event.line, column: event.column))
      return nil
    }
    if let first = map.firstLines[event.value] {
      return .duplicateKey(
        name: Echo.fieldName(event.value), line: event.line, column: event.column, firstLine: first)
    }
    map.firstLines[event.value] = event.line
    map.pendingKey = event.value
    stack[stack.count - 1] = .map(map)
    return nil
  }

  /// YAML 1.2's core schema for unquoted values: `True`/`TRUE` are `true`, `False`/`FALSE`
  /// are `false`, and `null`/`~` are empty. `yes`/`no`/`on`/`off` stay text (YAML 1.1 only).
  static func coreSchema(_ event: YAMLEventReader.Event) -> String {
    guard event.plain else { return event.value }
    switch event.value {
    case "true", "True", "TRUE": return "true"
    case "false", "False", "FALSE": return "false"
    case "null", "Null", "NULL", "~": return ""
    default: return event.value
    }
  }

  private mutating func add(_ value: ManifestValue) {
    switch stack.last {
    case nil: root = value
    case .list(var items, let line, let column)?:
      items.append(value)
      stack[stack.count - 1] = .list(items, line: line, column: column)
    case .map(var map)?:
      map.pairs.append((map.pendingKey ?? "", value))
      map.pendingKey = nil
      stack[stack.count - 1] = .map(map)
    }
  }
}
