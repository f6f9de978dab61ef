import Foundation
import XCTest

@testable import HelpSite

/// The index's side of the golden table Tests/Fixtures/search-tokens.tsv; the browser's side is
/// Tests/browser/test_search_ranking.py. A query must become the same words in both.
final class SearchWordsTests: XCTestCase {
  func testEveryQueryOfTheGoldenTableBecomesItsTokens() throws {
    let table = BuiltSite.repository.appendingPathComponent("Tests/Fixtures/search-tokens.tsv")
    let rows = try String(contentsOf: table, encoding: .utf8).split(separator: "\n")
      .filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    XCTAssertGreaterThan(rows.count, 20)
    let tokenizer = Tokenizer()
    for row in rows {
      XCTAssertEqual(row.count, 2, "bad line \(row)")
      XCTAssertEqual(
        tokenizer.searchTokens(String(row[0])).joined(separator: " "), String(row[1]), "query \(row[0])")
    }
  }

  func testTheStemmerLeavesShortAndNonEnglishWordsAlone() {
    XCTAssertEqual(SearchWords.stem("was"), "was")
    XCTAssertEqual(SearchWords.stem("ต่ออายุ"), "ต่ออายุ")
    XCTAssertEqual(SearchWords.stem("need"), "need")
  }
}
