import ManualContent
import XCTest

/// One step view: a step reads the same on its procedure's page, the print page and both
/// slide decks.
final class StepViewTests: XCTestCase {
  func testEveryStepShowsTheSameTextOnThePagePrintAndSlides() throws {
    let manual = BuiltSite.manual
    for language in Language.allCases {
      let print = try BuiltSite.page(SitePaths.print(language))
      let manualDeck = try BuiltSite.page(SitePaths.slides(language))
      for procedure in manual.procedures where !procedure.steps.isEmpty {
        let page = try BuiltSite.page(SitePaths.procedure(procedure.id, language))
        let deck = try BuiltSite.page(SitePaths.procedureSlides(procedure.id, language))
        let slideTexts = "//section[contains(@class,'guide-slide--step')]//div[@class='guide-slide__text']"
        let deckTitles = deck.texts(slideTexts + "/h3")
        let deckTexts = deck.texts(slideTexts + "/p[2]")
        let deckOptions = deck.texts(slideTexts + "/div[@class='guide-option']")
        XCTAssertEqual(deckTitles.count, procedure.steps.count, procedure.id)
        var pageOptions: [String] = []
        for (index, step) in procedure.steps.enumerated() {
          let item = "//li[@id='\(step.id)']"
          let printed = "//li[@id='\(SitePaths.printAnchorPrefix(procedure.id) + step.id)']"
          let title = page.texts(item + "/*[@class='guide-step__title']").first ?? ""
          let text = page.texts(item + "/p[1]")
          XCTAssertEqual(text.count, 1, "\(procedure.id)#\(step.id)")
          XCTAssertEqual(print.texts(printed + "/p[1]"), text, "print: \(procedure.id)#\(step.id)")
          XCTAssertEqual(print.texts(printed + "/*[@class='guide-step__title']"), [title])
          XCTAssertTrue(title.hasSuffix(deckTitles[index]), "slide title of \(procedure.id)#\(step.id)")
          XCTAssertEqual(deckTexts[index], text.first, "slide text of \(procedure.id)#\(step.id)")
          XCTAssertTrue(manualDeck.texts(slideTexts + "/p[2]").contains(text[0]), "manual deck: \(step.id)")
          pageOptions += page.texts(item + "/div[@class='guide-option']")
        }
        XCTAssertEqual(deckOptions, pageOptions, procedure.id)
      }
    }
  }
}
