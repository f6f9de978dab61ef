extension String {
  /// Content text without its inline Markdown marks (`**`, `__`, `` ` ``), for places that
  /// show plain text: a page title, an `alt`, a terminal report, the search index.
  public var withoutMarkdownMarks: String {
    // Most texts have no marks at all: one scan of the bytes, and the text itself comes back.
    guard
      hasUTF8Byte(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "`") })
    else { return self }
    return ["**", "__", "`"].reduce(self) { $0.replacingAll($1, with: "") }
  }

  /// Replaces every occurrence of `target`, comparing UTF-8 bytes. Foundation's
  /// `replacingOccurrences` compares with Unicode folding and was a sixth of a large build's
  /// time (see BENCHMARKS.md); content markers (`**`, `{n}`) need no folding. A text without
  /// `target` comes back as it is, without a copy (issue 12: most texts have none).
  public func replacingAll(_ target: String, with replacement: String) -> String {
    let needle = Array(target.utf8)
    guard !needle.isEmpty else { return self }
    var text = self
    return text.withUTF8 { source -> String in
      guard source.count >= needle.count else { return self }
      let last = source.count - needle.count
      func matches(at index: Int) -> Bool {
        guard index <= last, source[index] == needle[0] else { return false }
        for offset in 1..<needle.count where source[index + offset] != needle[offset] { return false }
        return true
      }
      guard let first = (0...last).first(where: matches) else { return self }
      var result: [UInt8] = []
      result.reserveCapacity(source.count)
      result.append(contentsOf: UnsafeBufferPointer(rebasing: source[0..<first]))
      var index = first
      while index < source.count {
        if matches(at: index) {
          result.append(contentsOf: replacement.utf8)
          index += needle.count
        } else {
          result.append(source[index])
          index += 1
        }
      }
      return String(decoding: result, as: UTF8.self)
    }
  }
}

extension String {
  /// Whether a byte of the text's UTF-8 passes `test`, read straight from the string's own
  /// storage (`utf8.contains` goes through a string index per byte: a few percent of a large
  /// build, where every text is scanned for a mark or two).
  @inlinable
  public func hasUTF8Byte(where test: (UInt8) -> Bool) -> Bool {
    if let found = utf8.withContiguousStorageIfAvailable({ $0.contains(where: test) }) { return found }
    return utf8.contains(where: test)
  }
}
