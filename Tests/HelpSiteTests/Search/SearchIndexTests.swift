import XCTest

@testable import HelpSite

/// The index builder's byte-level pieces (issue 12) against what the `String` code they replace
/// made; the whole index is compared byte for byte with the committed site/ by SiteWriterTests.
final class SearchIndexTests: XCTestCase {
  /// The escaping the index used before it wrote bytes, kept here as the reference.
  private func referenceJSON(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<": out += "\\u003c"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  func testJSONStringsAreEscapedAsBefore() {
    let texts = [
      "", "plain", "ต่ออายุรหัสผ่าน", "say \"hi\" \\ there", "a\nb\rc\td", "</script>", "\u{1}\u{1f}\u{7f}",
      "line\u{2028}para\u{2029}end", "\u{2027}\u{202A}€…“”", "🙂 e\u{301}", "\u{E2}\u{80}",
    ]
    for text in texts {
      var out = SearchJSON()
      out.string(text)
      XCTAssertEqual(String(decoding: out.bytes, as: UTF8.self), referenceJSON(text), text)
    }
  }

  func testPostingsAreBase36GapsAndWeightLetters() {
    let postings: [UInt32] = [0 << 3 | 0, 37 << 3 | 2, 1000 << 3 | 5, 1001 << 3 | 3]
    let expected = "0A" + String(37, radix: 36) + "C" + String(963, radix: 36) + "F1D"
    XCTAssertEqual(String(decoding: SearchIndex.encode(postings), as: UTF8.self), expected)
  }

  /// A tone mark typed before or after a vowel below is one word to `String`, so one word of
  /// the index (each index writes it as it first met it).
  func testCanonicallyEqualSpellingsAreOneWord() {
    let terms = SearchTerms()
    let typed = "ก\u{0E48}\u{0E38}ม"
    let canonical = "ก\u{0E38}\u{0E48}ม"
    XCTAssertEqual(typed, canonical)
    XCTAssertFalse(typed.utf8.elementsEqual(canonical.utf8))
    let first = terms.id(typed)
    let second = terms.id(canonical)
    XCTAssertNotEqual(first, second)
    XCTAssertEqual(terms.word[Int(first)], first)
    XCTAssertEqual(terms.word[Int(second)], first)
    XCTAssertEqual(terms.id(typed), first)
    let other = terms.id("other")
    XCTAssertEqual(terms.word[Int(other)], other)
  }

  func testTermIDsAreTheSearchTokensOfThePlainText() {
    let indexing = SearchIndexing()
    for text in ["**สิบห้า** renewals of ๒๕ days", "กด “ส่งแล้ว” twenty five", "Log in; log-in"] {
      let words = indexing.termIDs(text).map { indexing.terms.spellings[Int($0)] }
      XCTAssertEqual(words, indexing.tokenizer.searchTokens(Markdown.plainText(text)), text)
    }
  }

  func testSnippetsAreTheFirstThousandCharacters() {
    let short = String(repeating: "ก่", count: 400)
    XCTAssertEqual(SearchIndex.snippet(short), short)
    let long = String(repeating: "กุ่", count: 1200)
    XCTAssertEqual(SearchIndex.snippet(long), String(long.prefix(1000)))
    XCTAssertEqual(SearchIndex.snippet(long).count, 1000)
  }

  func testQuotedWordsAreTheScreensLabels() {
    XCTAssertEqual(SearchIndex.quoted("กด “ส่งแล้ว” แล้ว “ยืนยัน”"), ["ส่งแล้ว", "ยืนยัน"])
    XCTAssertEqual(SearchIndex.quoted("no quotes – here…"), [])
  }

  func testASCIILettersAreTheAlphabeticScalarsOfASCII() {
    for value in UInt32(0)..<0x80 {
      let scalar = Unicode.Scalar(value)!
      XCTAssertEqual(Tokenizer.isLetter(scalar), scalar.properties.isAlphabetic, "\(value)")
    }
    XCTAssertTrue(Tokenizer.isLetter("é"))
    XCTAssertFalse(Tokenizer.isLetter("–"))
  }
}
