/// The labels CRIMES shows on screen, as the manual quotes them: ‘ข้อมูลบุคคล’ or “ส่งแล้ว”.
/// Officers look for these exact words on a Thai screen, so every text quotes them
/// verbatim in both languages.
public enum ScreenLabels {
  /// Quoted runs (with their quotes) that contain Thai letters.
  public static func quoted(in text: String) -> [String] {
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
}
