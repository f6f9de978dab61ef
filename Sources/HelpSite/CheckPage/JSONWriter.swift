import Foundation

/// Compact JSON written straight into a byte buffer, for the check page's data
/// (`CheckData`): the same bytes as Foundation's `JSONSerialization` with
/// `[.sortedKeys, .withoutEscapingSlashes]`, which it replaced because building `[String: Any]`
/// trees, casting every value back and sorting every object's keys with a locale-aware
/// comparison took 6 % of a build's CPU at N = 1,000 (issue 12).
///
/// The bytes match because the rules are Foundation's own (swift-corelibs-foundation,
/// `JSONWriter.serializeString`; `JSONString.Style.foundation`). Keys must come in
/// `JSONKeyOrder`'s order; debug builds assert it. `CheckDataTests` compares the output with
/// `JSONSerialization`'s on the real content and a generated corpus.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  /// Whether the object or array being written has no member yet (no comma before the next).
  private var isFirst = true
  /// The previous key of the object being written, to check the order (debug builds).
  private var previousKey: String?

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// Markup around the JSON, such as `var CHECK_DATA = `, written as it is.
  mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

  mutating func string(_ text: String) { JSONString.append(text, to: &bytes, style: .foundation) }

  mutating func number(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

  mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

  /// An object whose members `body` writes with `key` and a value, in `JSONKeyOrder`.
  mutating func object(_ body: (inout JSONWriter) -> Void) {
    bytes.append(UInt8(ascii: "{"))
    let outer = (isFirst, previousKey)
    (isFirst, previousKey) = (true, nil)
    body(&self)
    (isFirst, previousKey) = outer
    bytes.append(UInt8(ascii: "}"))
  }

  /// The next member's key; its value is written next.
  mutating func key(_ key: String) {
    assert(previousKey.map { JSONKeyOrder.precedes($0, key) } ?? true, "\(key) after \(previousKey ?? "")")
    if !isFirst { bytes.append(UInt8(ascii: ",")) }
    isFirst = false
    previousKey = key
    string(key)
    bytes.append(UInt8(ascii: ":"))
  }

  /// An array of `items`, each written by `body`.
  mutating func array<Items: Sequence>(_ items: Items, _ body: (inout JSONWriter, Items.Element) -> Void) {
    bytes.append(UInt8(ascii: "["))
    let outer = isFirst
    isFirst = true
    for item in items {
      if !isFirst { bytes.append(UInt8(ascii: ",")) }
      isFirst = false
      body(&self, item)
    }
    isFirst = outer
    bytes.append(UInt8(ascii: "]"))
  }

  /// An array of strings.
  mutating func array(_ items: [String]) { array(items) { $0.string($1) } }
}

/// The order of an object's keys in `JSONSerialization`'s `.sortedKeys` output: Foundation's
/// `compare` with `[.numeric, .caseInsensitive, .forcedOrdering]` (corelibs' choice), so
/// `fieldHelp` comes before `fields` and `item2` before `item10`.
enum JSONKeyOrder {
  static func precedes(_ first: String, _ second: String) -> Bool {
    first.compare(
      second, options: [.numeric, .caseInsensitive, .forcedOrdering],
      range: first.startIndex..<first.endIndex,
      locale: NSLocale.system) == .orderedAscending
  }

  /// `keys` without repeats, in key order. Sorting with `precedes` is slow (a locale-aware
  /// comparison); a `Ranking` sorts once and then orders any subset by rank.
  static func sorted(_ keys: [String]) -> [String] { Set(keys).sorted(by: precedes) }

  /// Every key of some objects, ranked once, so that each object's keys (a subset) are put in
  /// order by integers: the same order `precedes` gives, as it is a total order.
  struct Ranking {
    private let rank: [String: Int]

    init(_ keys: [String]) {
      rank = Dictionary(uniqueKeysWithValues: JSONKeyOrder.sorted(keys).enumerated().map { ($1, $0) })
    }

    /// `keys` without repeats, in key order; keys outside the ranking are ordered by
    /// `precedes` (never with a valid manual, whose ids are all known).
    func sorted(_ keys: [String]) -> [String] {
      var seen = Set<String>()
      let unique = keys.filter { seen.insert($0).inserted }
      guard unique.allSatisfy({ rank[$0] != nil }) else { return JSONKeyOrder.sorted(unique) }
      return unique.sorted { rank[$0]! < rank[$1]! }
    }
  }
}
