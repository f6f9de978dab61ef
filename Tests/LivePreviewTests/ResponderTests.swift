import Foundation
import HelpSite
import ManualContent
import XCTest

@testable import LivePreview

/// What the preview answers, asked directly (the HTTP side is tested with the real binary
/// in Tests/browser/test_guide_serve.py).
final class ResponderTests: XCTestCase {
  func testPathsOutsideTheSiteAreRefused() {
    for raw in [
      "/../etc/passwd", "/en/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc%2Fpasswd",
      "/en/%2e%2e/%2e%2e/x.html", "/a%00b.html", "/en\\..\\x", "//etc/passwd", "/%2F%2Fetc/passwd",
      "etc/passwd", "http://example.com/", "/%zz", "/%C0%AE%C0%AE/x", "/./index.html",
    ] {
      XCTAssertEqual(RequestPath(raw: raw), .refused, raw)
    }
  }

  func testSitePathsAreRead() {
    XCTAssertEqual(RequestPath(raw: "/"), .site("index.html"))
    XCTAssertEqual(RequestPath(raw: "/en/"), .site("en/index.html"))
    XCTAssertEqual(RequestPath(raw: "/en/external-search"), .folder("en/external-search/"))
    XCTAssertEqual(RequestPath(raw: "/assets/guide.css"), .site("assets/guide.css"))
    XCTAssertEqual(RequestPath(raw: "/th/%E0%B8%81.html"), .site("th/ก.html"))
    XCTAssertEqual(RequestPath(raw: "/__preview/version"), .preview("version"))
  }

  func makeSite() throws -> PreviewSite {
    let content = RebuildTests.repository.appendingPathComponent("content")
    let site = PreviewSite()
    XCTAssertTrue(PreviewBuilder(contentDirectory: content, site: site).rebuildAll().clean)
    return site
  }

  func testPagesGetOnlyTheReloadScriptAdded() throws {
    let site = try makeSite()
    let responder = PreviewResponder(site: site)
    let answer = responder.answer(method: "GET", rawPath: "/th/")
    XCTAssertEqual(answer.status, 200)
    XCTAssertEqual(answer.headers["Content-Type"], "text/html; charset=utf-8")
    let tag = ReloadScript.tag(version: site.version) + "\n"
    let page = String(decoding: answer.body, as: UTF8.self)
    XCTAssertEqual(
      page.replacingOccurrences(of: tag, with: ""),
      String(decoding: site.file("th/index.html")!, as: UTF8.self))
    XCTAssertFalse(String(decoding: site.file("th/index.html")!, as: UTF8.self).contains("__preview"))
    XCTAssertEqual(
      responder.answer(method: "GET", rawPath: "/assets/guide.css").headers["Content-Type"],
      "text/css; charset=utf-8")
    XCTAssertEqual(
      responder.answer(method: "GET", rawPath: "/assets/guide.js").headers["Content-Type"],
      "text/javascript; charset=utf-8")
    XCTAssertEqual(
      responder.answer(method: "GET", rawPath: "/__preview/version").headers["Content-Type"],
      "application/json; charset=utf-8")
    XCTAssertEqual(responder.answer(method: "GET", rawPath: "/en").status, 301)
    XCTAssertEqual(responder.answer(method: "GET", rawPath: "/en").headers["Location"], "/en/")
    XCTAssertEqual(responder.answer(method: "GET", rawPath: "/nothing-here.html").status, 404)
    XCTAssertEqual(responder.answer(method: "GET", rawPath: "/%2e%2e/Package.swift").status, 400)
    XCTAssertEqual(responder.answer(method: "POST", rawPath: "/").status, 405)
  }

  func testTheReloadScriptIsES5Shaped() {
    // The full ES5 parse runs in the browser tests (acorn); here, nothing newer is spelled.
    for word in ["=>", "let ", "const ", "fetch(", "`", "class "] {
      XCTAssertFalse(ReloadScript.js.contains(word), word)
    }
  }

  func testTheProblemsPanelShowsPlaceMessageAndFixInBothLanguages() {
    let problem = Diagnostic(
      .error, at: SourceLocation(file: "procedures/renew-user.yaml", line: 7, column: 3),
      LocalizedText(th: "ไม่รู้จัก <x>", en: "unknown <x>"), fix: LocalizedText(th: "ลบออก", en: "remove it"))
    let page = PageInjection.inject(
      into: Data("<html><body class=\"a\"><p>old</p></body></html>".utf8), version: 3, problems: [problem])
    let text = String(decoding: page, as: UTF8.self)
    XCTAssertTrue(text.hasPrefix("<html><body class=\"a\">\n<div id=\"guide-preview-problems\""))
    for part in [
      "procedures/renew-user.yaml:7:3", "ไม่รู้จัก &lt;x&gt;", "unknown &lt;x&gt;", "ลบออก", "remove it",
      "<p>old</p>",
    ] {
      XCTAssertTrue(text.contains(part), part)
    }
    XCTAssertTrue(text.hasSuffix(ReloadScript.tag(version: 3) + "\n</body></html>"))
  }
}
