/// Which texts cmark would render as nothing but one paragraph of their own characters, so
/// that `Markdown` can skip it for them: it is most of the cost of a page's text, and most
/// texts of the manual are plain sentences (87 % of the N = 1,000 corpus's).
///
/// The test is deliberately narrow, byte by byte: a text is plain when it is one line that
/// starts with a letter (ASCII or any non-ASCII character, Thai included) and ends with no
/// space, and holds only letters, digits, spaces and punctuation that CommonMark gives no
/// meaning inside a line: `, . ; : ? ( ) ' " / % = @ $ ! + - { } ^`. Anything that could
/// start a block (`#`, `>`, `-`, a digit, indentation), mark inline text (`*`, `_`, `` ` ``,
/// `[`, `<`, `&`, `\`, `~`, `|`) or break a line is left to cmark. cmark escapes `"` as
/// `&quot;`, as `HTMLEscaping` does. `MarkdownTests` compares both ways on every text of the
/// content, a generated corpus and random strings of the characters around the boundary.
enum MarkdownPlainText {
  static func isSingleParagraph(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = text.first, let last = text.last else { return false }
    guard first >= 0x80 || isLetter(first), last != UInt8(ascii: " ") else { return false }
    for byte in text where byte < 0x80 && !isLetter(byte) && !allowed[Int(byte)] { return false }
    return true
  }

  private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

  /// The ASCII bytes besides letters a plain text may hold.
  private static let allowed: [Bool] = {
    var table = [Bool](repeating: false, count: 128)
    for byte in "0123456789 ,.;:?()'\"/%=@$!+-{}^".utf8 { table[Int(byte)] = true }
    return table
  }()
}
