import Foundation
import ManualContent
import XCTest

/// Rules every generated page keeps, checked on every page: it works from `file://`, in both
/// languages, without JavaScript and without the network.
final class EveryPageTests: XCTestCase {
  func testEveryLinkIsRelativeAndLandsOnAFileOfTheSite() throws {
    for path in BuiltSite.pages {
      let page = try BuiltSite.page(path)
      let base = URL(fileURLWithPath: BuiltSite.folder.appendingPathComponent(path).path)
      for link in page.values("//a/@href | //link/@href | //script/@src | //img/@src") {
        XCTAssertFalse(
          link.contains("://") || link.hasPrefix("//") || link.hasPrefix("/"), "\(path): \(link)")
        let target =
          link.hasPrefix("#")
          ? path.components(separatedBy: "/").last!
          : (link.split(separator: "#").first.map(String.init) ?? "")
        XCTAssertFalse(target.hasSuffix("/"), "\(path): folder link \(link) must end in index.html")
        let resolved = URL(fileURLWithPath: target, relativeTo: base.deletingLastPathComponent())
        XCTAssertTrue(FileManager.default.fileExists(atPath: resolved.path), "\(path): \(link) leads nowhere")
        if let anchor = link.split(separator: "#", maxSplits: 1).dropFirst().first,
          resolved.pathExtension == "html"
        {
          let other = try HTMLDocument(path: resolved.path)
          XCTAssertEqual(other.count("//*[@id='\(anchor)']"), 1, "\(path): anchor \(link) not found")
        }
      }
    }
  }

  func testLanguageToggleLeadsToTheSamePageInTheOtherLanguage() throws {
    for path in BuiltSite.pages where path != "index.html" {
      let page = try BuiltSite.page(path)
      let language = String(path.prefix(2))
      let other = language == "th" ? "en" : "th"
      let toggle = page.values("//a[@data-guide-toggle]/@href")
      XCTAssertEqual(toggle.count, 1, path)
      XCTAssertEqual(page.values("//a[@data-guide-toggle]/@hreflang"), [other], path)
      XCTAssertEqual(page.values("//a[@data-guide-toggle]/@lang"), [other], path)
      let target = URL(
        fileURLWithPath: toggle[0],
        relativeTo: BuiltSite.folder.appendingPathComponent(path).deletingLastPathComponent())
      XCTAssertEqual(
        target.standardizedFileURL.path,
        BuiltSite.folder.appendingPathComponent(other + path.dropFirst(2)).standardizedFileURL.path, path)
    }
  }

  func testNoImageHasAnEmptyAltAndEveryPageHasOneH1AndATitle() throws {
    for path in BuiltSite.pages {
      let page = try BuiltSite.page(path)
      XCTAssertEqual(page.count("//img[not(@alt) or normalize-space(@alt)='']"), 0, path)
      XCTAssertEqual(page.count("//h1"), 1, path)
      XCTAssertFalse(page.texts("//title").joined().isEmpty, path)
    }
  }

  func testWhichProcedureGuideWorksAsLinkedPages() throws {
    let start = try BuiltSite.page("en/finder/index.html")
    XCTAssertEqual(start.count("//script[not(@src)]"), 0)
    let answers = start.values("//a[@class='guide-answer']/@href")
    XCTAssertEqual(
      answers,
      [
        "../../en/finder/renew-what/index.html", "../../en/finder/new-what/index.html",
        "../../en/index.html#request-user-id",
      ])
    let renew = try BuiltSite.page("en/finder/renew-what/index.html")
    XCTAssertEqual(
      renew.values("//a[@class='guide-answer']/@href"),
      ["../../../en/renew-user/index.html", "../../../en/renew-search-rights/index.html"])
  }

  func testGlossaryHasTheManualsTermsInBothLanguages() throws {
    let english = try BuiltSite.page("en/glossary/index.html")
    let terms = english.texts("//dl[@class='guide-glossary']/dt").joined(separator: "|")
    for term in ["CRIMES", "POLIS", "ศทก.", "กรมการปกครอง", "ทะเบียนราษฎร์"] {
      XCTAssertTrue(terms.contains(term), "\(term) missing from \(terms)")
    }
  }

  func testNoGridCustomPropertiesOrFlexGapInTheStylesheet() throws {
    let css = try String(
      contentsOf: BuiltSite.folder.appendingPathComponent("assets/guide.css"), encoding: .utf8)
    for forbidden in [
      "var(--", "--guide", "display: grid", "display:grid", " gap:", ":focus-visible", ":is(", ":where(",
      "position: sticky",
    ] {
      XCTAssertFalse(css.contains(forbidden), "Chrome 38 lacks \(forbidden)")
    }
  }
}
