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
