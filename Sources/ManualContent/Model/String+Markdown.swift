extension String {
  /// Content text without its inline Markdown marks (`**`, `__`, `` ` ``), for places that
  /// show plain text: a page title, an `alt`, a terminal report, the search index.
  public var withoutMarkdownMarks: String {
    ["**", "__", "`"].reduce(self) { $0.replacingAll($1, with: "") }
  }

  /// Replaces every occurrence of `target`, comparing UTF-8 bytes. Foundation's
  /// `replacingOccurrences` compares with Unicode folding and was a sixth of a large build's
  /// time (see BENCHMARKS.md); content markers (`**`, `{n}`) need no folding.
  public func replacingAll(_ target: String, with replacement: String) -> String {
    let source = Array(utf8)
    let needle = Array(target.utf8)
    guard !needle.isEmpty, source.count >= needle.count else { return self }
    var result: [UInt8] = []
    result.reserveCapacity(source.count)
    var index = 0
    var replaced = false
    let last = source.count - needle.count
    while index < source.count {
      if index <= last, source[index] == needle[0], Array(source[index..<index + needle.count]) == needle {
        result.append(contentsOf: replacement.utf8)
        index += needle.count
        replaced = true
      } else {
        result.append(source[index])
        index += 1
      }
    }
    return replaced ? String(decoding: result, as: UTF8.self) : self
  }
}
