import Foundation
import ManualContent
import XCTest

/// The real content loads clean and keeps what bundles rely on. Mistakes and their exact
/// diagnostics are tested on the tests' own fixture folders (FixtureContentTests), so that
/// editing the manual never breaks a test.
final class ContentDiagnosticsTests: XCTestCase {
  static let content = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("content")

  func testTheRealContentLoadsWithNoErrorsAndListsOnlyTheKnownGaps() throws {
    let result = ManualLoader.check(Self.content)
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    let manual = try XCTUnwrap(result.manual)
    XCTAssertEqual(
      manual.allGaps.map(\.id),
      [
        "request-user-id", "renewal-steps", "top-right-button-look", "upload-button-and-message",
        "renewal-steps", "upload-button-and-message", "data-sources-list", "privileges-list",
        "attachment-size-limit", "approval-time",
      ])
  }

  func testTheFixedIdsOfTheBundleSpecExist() throws {
    let manual = try ManualLoader.load(from: Self.content)
    XCTAssertEqual(
      manual.procedures.map(\.id),
      ["renew-user", "external-search", "renew-search-rights", "extra-privilege"])
    XCTAssertEqual(
      manual.procedure("external-search")?.attachmentRoleIDs, ["request-memo", "official-id-copy"])
    XCTAssertEqual(
      manual.procedure("extra-privilege")?.attachmentRoleIDs, ["request-form", "official-id-copy"])
    XCTAssertEqual(manual.choiceList("data-sources")?.items.map(\.id), ["civil-registration"])
    XCTAssertEqual(manual.choiceList("assignment-kinds")?.items.map(\.id), ["secondment", "return"])
    XCTAssertEqual(
      manual.procedure("external-search")?.fieldIDs,
      [
        "officer.rank", "officer.first_name", "officer.last_name", "officer.national_id",
        "officer.position", "officer.unit", "contact.phone", "contact.email", "duties", "data_sources",
      ])
  }
}
