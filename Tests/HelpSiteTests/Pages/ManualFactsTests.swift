import Foundation
import XCTest

/// Every fact of the source manual is on the site in both languages. The list of facts
/// (Tests/Fixtures/manual-facts.md, a copy of the project's MANUAL-FACTS.md kept in the
/// repository so that a clean clone runs this test) quotes the manual's Thai verbatim; each
/// Thai phrase it quotes must be on the Thai site and, as the labels officers match on
/// screen, on the English site too.
final class ManualFactsTests: XCTestCase {
  static let facts = BuiltSite.repository.appendingPathComponent("Tests/Fixtures/manual-facts.md")

  func testEveryThaiPhraseOfTheManualIsOnBothSites() throws {
    let text = try String(contentsOf: Self.facts, encoding: .utf8)
    let phrases = Self.thaiPhrases(in: text)
    XCTAssertGreaterThan(phrases.count, 30)
    for language in ["th", "en"] {
      let site = try Self.siteText(language)
      for phrase in phrases {
        XCTAssertTrue(site.contains(phrase), "\(language) site lacks the manual's “\(phrase)”")
      }
    }
  }

  func testKeyFactsInEnglish() throws {
    let site = try Self.siteText("en")
    for fact in [
      "172.17.4.72", "police network", "about 15 days", "Google Chrome version 38 or lower", ".pdf", ".jpg",
      "signed by the head of the unit", "certified as a true copy", "beyond your own rank level",
      "through the system only", "2 stations", "POLIS", "Office of Information and Communication Technology",
      "Central Information Technology Center", "database work group",
    ] {
      XCTAssertTrue(site.contains(fact), "the English site lacks “\(fact)”")
    }
  }

  /// Runs of Thai text in the facts (Thai letters, with spaces and dots inside a run).
  static func thaiPhrases(in text: String) -> [String] {
    var phrases: [String] = []
    var current = ""
    func flush() {
      let phrase = current.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
      if phrase.unicodeScalars.filter({ (0x0E00...0x0E7F).contains($0.value) }).count >= 3 {
        phrases.append(phrase)
      }
      current = ""
    }
    for scalar in text.unicodeScalars {
      if (0x0E00...0x0E7F).contains(scalar.value) || ((scalar == " " || scalar == ".") && !current.isEmpty) {
        current.unicodeScalars.append(scalar)
      } else {
        flush()
      }
    }
    flush()
    return Array(Set(phrases)).sorted()
  }

  /// All text of one language's pages, tags removed and white space folded.
  static func siteText(_ language: String) throws -> String {
    var all = ""
    for path in BuiltSite.pages where path.hasPrefix(language + "/") {
      let page = try BuiltSite.page(path)
      all += page.texts("//body").joined(separator: " ") + " "
    }
    return all.components(separatedBy: .whitespacesAndNewlines).filter { !$0.isEmpty }.joined(separator: " ")
  }
}
