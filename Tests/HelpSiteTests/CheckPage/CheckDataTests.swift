import Foundation
import ManualContent
import XCTest

@testable import HelpSite

/// `JSONWriter` writes the check page's data with the bytes `JSONSerialization` gave
/// (`CheckDataReference`), so replacing it changed no byte of the site (issue 12).
final class CheckDataTests: XCTestCase {
  func testTheDataOfTheRealContentIsTheBytesJSONSerializationGave() {
    for language in Language.allCases {
      let written = String(
        decoding: CheckData(language: language).javascript(BuiltSite.manual), as: UTF8.self)
      XCTAssertEqual(written, CheckDataReference.javascript(BuiltSite.manual, language), "\(language)")
    }
  }

  /// The benchmark's generated manual: many procedures, fields and notes with conditions.
  func testTheDataOfAGeneratedCorpusIsTheBytesJSONSerializationGave() {
    let manual = GeneratedCorpus.manual
    XCTAssertGreaterThanOrEqual(manual.procedures.count, 40)
    for language in Language.allCases {
      let written = String(decoding: CheckData(language: language).javascript(manual), as: UTF8.self)
      XCTAssertEqual(written, CheckDataReference.javascript(manual, language), "\(language)")
    }
  }

  /// Every character class the escaping rules name, and some they do not.
  func testStringsAreEscapedAsJSONSerializationEscapesThem() {
    let every = String(String.UnicodeScalarView((0..<0x80).map { Unicode.Scalar(UInt8($0)) }))
    let texts = [
      every, "", "a/b\\c\"d", "ขั้นตอน “เมนู” ‘ค้นหา’", "tab\there\r\nline\u{2028}\u{2029}", "😀 e\u{301} \u{7F}",
      "\u{200B}\u{FEFF}", "</script>",
    ]
    for text in texts {
      var json = JSONWriter()
      json.string(text)
      XCTAssertEqual(String(decoding: json.bytes, as: UTF8.self), CheckDataReference.serialized(text), text)
    }
  }

  /// Keys in `.sortedKeys` order: case folded, digits compared as numbers, every id shape.
  func testKeysAreOrderedAsJSONSerializationOrdersThem() {
    let keys = [
      "fields", "fieldHelp", "Fields", "item10", "item2", "item02", "a.b", "a_b", "a-b", "ab", "a", "B",
      "_x", "officer.rank", "officer.first_name", "data_sources", "request-letter", "maximumPixels",
      "maximumFindings", "z9", "z10", "x.1", "x.10", "x.9", "ก", "Ä",
    ]
    let ranking = JSONKeyOrder.Ranking(keys)
    var json = JSONWriter()
    json.object { json in
      for key in ranking.sorted(keys + ["a", "fields"]) {
        json.key(key)
        json.number(1)
      }
    }
    let reference = CheckDataReference.serialized(Dictionary(uniqueKeysWithValues: keys.map { ($0, 1) }))
    XCTAssertEqual(String(decoding: json.bytes, as: UTF8.self), reference)
    XCTAssertEqual(
      ranking.sorted(["item10", "nobody-ranked-me", "item2"]), ["item2", "item10", "nobody-ranked-me"])
  }
}
