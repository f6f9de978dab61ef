import XCTest

@testable import HelpSite

/// The words one query looks up together share a term file (each file inserted costs the
/// browser a round of its own), and no file grows without bound.
final class SearchTermFilesTests: XCTestCase {
  /// 40 filler words of 1,000 bytes each, between the words under test: three letters, so
  /// that none begins another or is a typing slip from another (both need four letters).
  let filler: [String] = {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    return (0..<40).map { number in "q" + String(letters[number / 26]) + String(letters[number % 26]) }
  }()

  func files(_ terms: [String], synonyms: [[[String]]] = []) -> [String: Int] {
    let sorted = terms.sorted()
    let files = SearchTermFiles(
      terms: sorted, sizes: sorted.map { _ in 1_000 }, synonyms: synonyms, bytesEach: 4_000)
    XCTAssertEqual(files.fileOfTerm.count, sorted.count)
    XCTAssertEqual(files.count, Set(files.fileOfTerm).count, "every file holds a word")
    var sizes: [Int: Int] = [:]
    for file in files.fileOfTerm { sizes[file, default: 0] += 1_000 }
    XCTAssertLessThanOrEqual(sizes.values.max() ?? 0, 8_000, "no file over twice its size")
    return Dictionary(uniqueKeysWithValues: zip(sorted, files.fileOfTerm))
  }

  func testASynonymGroupsWordsShareAFile() {
    let file = files(
      filler + ["renew", "ต่อ", "อายุ", "expir", "zebra"], synonyms: [[["ต่อ", "อายุ"], ["renew"], ["expir"]]])
    let group: [Int?] = [file["renew"], file["ต่อ"], file["อายุ"], file["expir"]]
    XCTAssertEqual(Set(group.map { $0 ?? -1 }), [file["renew"]!])
  }

  func testAWordAndTheWordsItBeginsShareAFile() {
    let file = files(filler + ["user", "use", "ใช้", "ใช้งาน"], synonyms: [[["user"], ["ผู้ใช้"]]])
    XCTAssertEqual(file["use"], file["user"])
    XCTAssertEqual(file["ใช้"], file["ใช้งาน"])
  }

  func testEnglishWordsOneSlipApartShareAFile() {
    let file = files(filler + ["registration", "registraton", "unit", "until"])
    XCTAssertEqual(file["registration"], file["registraton"])
    XCTAssertEqual(file["unit"], file["until"])  // "unit" is one swap from "unti…"
  }

  func testNoFileIsLeftEmpty() {
    // Every word is in a synonym group or beside one: the file opened for the runs stays empty.
    _ = files(["renew", "renewal", "ต่อ"], synonyms: [[["renew"], ["ต่อ"]]])
  }

  func testALargeVocabularyIsSplitIntoManyFiles() {
    let file = files(filler)
    XCTAssertGreaterThanOrEqual(Set(file.values).count, 10)
  }

  /// A manual with tens of thousands of words: related words are found by lookups, not by
  /// comparing every pair (which would be 900 million comparisons here), and still share files.
  func testAVeryLargeVocabularyStillKeepsRelatedWordsTogether() {
    let letters = Array("bcdfghjklmnpqrstvwxz")
    var words: Set<String> = []
    var state: UInt64 = 7
    while words.count < 30_000 {
      var word = ""
      for _ in 0..<8 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        word.append(letters[Int(state >> 33) % letters.count])
      }
      words.insert(word)
    }
    let extra = ["registration", "registraton", "renew", "renewal", "ใช้", "ใช้งาน"]
    let sorted = (Array(words) + extra).sorted()
    XCTAssertGreaterThan(sorted.count, Neighbours.comparedPairwiseUpTo)
    let files = SearchTermFiles(terms: sorted, sizes: sorted.map { _ in 100 }, synonyms: [], bytesEach: 4_000)
    let file = Dictionary(uniqueKeysWithValues: zip(sorted, files.fileOfTerm))
    XCTAssertEqual(file["registration"], file["registraton"])
    XCTAssertEqual(file["renew"], file["renewal"])
    XCTAssertEqual(file["ใช้"], file["ใช้งาน"])
    XCTAssertGreaterThan(files.count, 500)
  }
}
