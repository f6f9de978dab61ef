/// The labels CRIMES shows on screen, as the manual quotes them: ‘ข้อมูลบุคคล’ or “ส่งแล้ว”.
/// Officers look for these exact words on a Thai screen, so every text quotes them
/// verbatim in both languages.
public enum ScreenLabels {
  /// Quoted runs (with their quotes) that contain Thai letters.
  public static func quoted(in text: String) -> [String] {
    // Every Thai text of the content passes here, and few quote a label: without an opening
    // quote's bytes there is nothing to find, and Foundation's search (a locale-aware
    // comparison, 3 % of a build's CPU at N = 1,000) is not started (issue 12).
    guard mayHaveOpeningQuote(text) else { return [] }
    var labels: [String] = []
    for (open, close) in [("‘", "’"), ("“", "”")] {
      var rest = text[...]
      while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
        let label = String(rest[start.lowerBound..<end.upperBound])
        if label.unicodeScalars.contains(where: { (0x0E00...0x0E7F).contains($0.value) }) {
          labels.append(label)
        }
        rest = rest[end.upperBound...]
      }
    }
    return labels
  }

  /// Whether `text` holds ‘ (E2 80 98) or “ (E2 80 9C), the quotes `quoted` looks for first.
  static func mayHaveOpeningQuote(_ text: String) -> Bool {
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      if previous == (0xE2, 0x80), byte == 0x98 || byte == 0x9C { return true }
      previous = (previous.1, byte)
    }
    return false
  }
}
