import Foundation
import ManualContent
import XCTest

/// The site's URL scheme, spelled once in `SitePaths`: exact paths, and proof that the built
/// site has a file (and an anchor) at every path it gives.
final class SitePathsTests: XCTestCase {
  func testPagePathsFromTheRoot() {
    XCTAssertEqual(SitePaths.root, "index.html")
    XCTAssertEqual(SitePaths.asset("guide.css"), "assets/guide.css")
    XCTAssertEqual(SitePaths.home(.th), "th/index.html")
    XCTAssertEqual(SitePaths.homeSection(.en, "renewal"), "en/index.html#renewal")
    XCTAssertEqual(SitePaths.procedure("external-search", .th), "th/external-search/index.html")
    XCTAssertEqual(
      SitePaths.procedure("external-search", .en, anchor: "choose-data"),
      "en/external-search/index.html#choose-data")
    XCTAssertEqual(SitePaths.procedureSlides("external-search", .en), "en/external-search/slides/index.html")
    XCTAssertEqual(SitePaths.slides(.th), "th/slides/index.html")
    XCTAssertEqual(SitePaths.print(.en), "en/print/index.html")
    XCTAssertEqual(SitePaths.glossary(.th), "th/glossary/index.html")
    XCTAssertEqual(SitePaths.glossary(.en, term: "bundle"), "en/glossary/index.html#bundle")
    XCTAssertEqual(SitePaths.search(.en), "en/search/index.html")
    XCTAssertEqual(SitePaths.searchIndex(.th), "th/search/search-index.js")
    XCTAssertEqual(SitePaths.finder(.th), "th/finder/index.html")
    XCTAssertEqual(SitePaths.finder(.en, question: "why"), "en/finder/why/index.html")
  }

  func testAnchors() {
    XCTAssertEqual(SitePaths.beforeAnchor, "before")
    XCTAssertEqual(SitePaths.stepsAnchor, "steps")
    XCTAssertEqual(SitePaths.stepAnchor("choose-data"), "choose-data")
    XCTAssertEqual(SitePaths.noteAnchor("chrome"), "note-chrome")
    XCTAssertEqual(SitePaths.gapAnchor("fees"), "gap-fees")
    XCTAssertEqual(SitePaths.slideAnchor(12), "slide-12")
    XCTAssertEqual(SitePaths.printAnchorPrefix("renewal") + "step-2", "renewal--step-2")
    XCTAssertEqual(SitePaths.withAnchor("a/index.html", nil), "a/index.html")
  }

  func testPrecheckHelpLinksAreBelowALanguageFolder() {
    XCTAssertEqual(SitePaths.homeInLanguage, "index.html")
    XCTAssertEqual(
      SitePaths.procedureInLanguage("renewal", anchor: SitePaths.noteAnchor("x")), "renewal/index.html#note-x"
    )
    XCTAssertEqual(SitePaths.inLanguage(.th, "renewal/index.html#before"), "th/renewal/index.html#before")
    XCTAssertEqual(
      SitePaths.inLanguage(.en, SitePaths.procedureInLanguage("renewal", anchor: "step-2")),
      SitePaths.procedure("renewal", .en, anchor: "step-2"))
  }

  func testRelativeLinks() {
    XCTAssertEqual(SitePaths.rootPrefix(from: "index.html"), "")
    XCTAssertEqual(SitePaths.rootPrefix(from: "th/index.html"), "../")
    XCTAssertEqual(SitePaths.rootPrefix(from: "en/external-search/slides/index.html"), "../../../")
    XCTAssertEqual(
      SitePaths.link(from: "th/glossary/index.html", to: SitePaths.asset("guide.css")),
      "../../assets/guide.css")
    XCTAssertEqual(SitePaths.link(from: "index.html", to: SitePaths.home(.en)), "en/index.html")
    XCTAssertEqual(SitePaths.translation(of: "th/finder/why/index.html", to: .en), "en/finder/why/index.html")
    XCTAssertEqual(SitePaths.translation(of: "en/index.html", to: .th), "th/index.html")
    XCTAssertEqual(SitePaths.translation(of: "index.html", to: .th), "index.html")
  }

  /// Every path and anchor the scheme gives for the real content is in the built site.
  func testTheBuiltSiteHasEveryPathTheSchemeGives() throws {
    let manual = BuiltSite.manual
    let files = Set(SiteWriterTestAccess.files(in: BuiltSite.folder))
    var expected = [SitePaths.root, SitePaths.asset("guide.css"), SitePaths.asset("slides.js")]
    var anchors: [(page: String, id: String)] = []
    for language in Language.allCases {
      expected += [
        SitePaths.home(language), SitePaths.slides(language), SitePaths.print(language),
        SitePaths.glossary(language), SitePaths.search(language), SitePaths.searchIndex(language),
        SitePaths.finder(language),
      ]
      expected += manual.finder.questions.filter { $0.id != manual.finder.startID }.map {
        SitePaths.finder(language, question: $0.id)
      }
      for procedure in manual.procedures {
        let page = SitePaths.procedure(procedure.id, language)
        expected += [page, SitePaths.procedureSlides(procedure.id, language)]
        anchors += [(page, SitePaths.beforeAnchor), (page, SitePaths.stepsAnchor)]
        anchors += procedure.steps.map { (page, SitePaths.stepAnchor($0.id)) }
        anchors += procedure.allNotes.map { (page, SitePaths.noteAnchor($0.id)) }
      }
      anchors += manual.glossary.map { (SitePaths.glossary(language), $0.id) }
    }
    for path in expected { XCTAssertTrue(files.contains(path), "no file at \(path)") }
    XCTAssertGreaterThan(anchors.count, 20)
    for (page, id) in anchors {
      let document = try BuiltSite.page(page)
      XCTAssertEqual(document.count("//*[@id='\(id)']"), 1, "\(page)#\(id)")
    }
  }
}
