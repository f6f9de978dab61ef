import Foundation
import XCTest

/// Officers read on slow intranet links: sizes are budgets, checked on every build.
final class SizeBudgetTests: XCTestCase {
  func size(_ path: String) throws -> Int {
    try Data(contentsOf: BuiltSite.folder.appendingPathComponent(path)).count
  }

  func testEachLanguagesSearchIndexIsAtMost150KB() throws {
    for language in ["th", "en"] {
      XCTAssertLessThanOrEqual(try size("\(language)/search/search-index.js"), 150_000, language)
    }
  }

  /// A page loads only what it uses: the search scripts on the search page, the slide
  /// scripts and styles on slide pages, and on every page the one small guide.js and guide.css.
  func testNothingIsLoadedThatThePageDoesNotUse() throws {
    // The pre-check page loads its engine; CheckPageTests states what it loads.
    for path in BuiltSite.pages where !path.contains("/check/") {
      let page = try BuiltSite.page(path)
      let loaded = page.values("//link[@rel='stylesheet']/@href | //script/@src").map {
        String($0.split(separator: "/").last!)
      }
      var expected = ["guide.css"] + (path == "index.html" ? [] : ["guide.js"])
      if path.hasSuffix("/search/index.html") { expected += ["search-index.js", "search.js"] }
      if path.contains("/slides/") { expected += ["slides.css", "slides.js"] }
      XCTAssertEqual(loaded.sorted(), expected.sorted(), path)
    }
  }

  /// Every page with the CSS and scripts it loads, images aside, is at most 60 KB. The one
  /// exception is the trainers' deck of the whole manual (`<lang>/slides/`): it holds every
  /// procedure on one page, 50 KB of Thai HTML alone, and is presented, not read over a slow
  /// link; its budget is 80 KB.
  func testEveryPageWithItsStylesAndScriptsIsAtMost60KB() throws {
    // The pre-check page has a budget of its own (CheckPageTests: 150 KB).
    for path in BuiltSite.pages where !path.contains("/check/") {
      let page = try BuiltSite.page(path)
      let base = BuiltSite.folder.appendingPathComponent(path).deletingLastPathComponent()
      var total = try size(path)
      for link in page.values("//link[@rel='stylesheet']/@href | //script/@src") {
        total += try Data(contentsOf: URL(fileURLWithPath: link, relativeTo: base)).count
      }
      let budget =
        path.hasSuffix("/slides/index.html") && path.split(separator: "/").count == 3 ? 80_000 : 60_000
      XCTAssertLessThanOrEqual(total, budget, path)
    }
  }
}
