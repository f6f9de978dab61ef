import Foundation
import ManualContent
import XCTest

/// Content errors as the staff who edit the content read them: every problem at once, each
/// with `path:line:column`, what is wrong and how to fix it, in English and Thai.
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

  /// One row per kind of mistake: the edit made to a copy of the real content, and what the
  /// report must say.
  func testEachMistakeIsReportedWithItsPlaceAndAFix() throws {
    let cases: [(file: String, find: String, replace: String, expected: String)] = [
      (
        "procedures/external-search.yaml", "summary:", "sumary:",
        "procedures/external-search.yaml:5:1: error: unknown field `sumary` in the file; expected one of: id, title, summary, fields, attachments, notes, steps, figure, gaps. Did you mean `summary`?"
      ),
      (
        "procedures/external-search.yaml",
        "  en: Requesting search rights on external agencies' data (การขอสิทธิ์สืบค้นข้อมูลหน่วยงานภายนอก)\n", "",
        "procedures/external-search.yaml:3:3: error: `title` has `th` text but no `en` text: untranslated"
      ),
      (
        "procedures/external-search.yaml", "attachments: [request-memo, official-id-copy]\nnotes",
        "attachments: [request-memo, official-id-cpy]\nnotes",
        "procedures/external-search.yaml:12:29: error: there is no attachment role `official-id-cpy`; known ids: official-id-copy, request-form, request-memo"
      ),
      (
        "procedures/renew-user.yaml", "image: figures/crimes-renewal.svg", "image: figures/missing.svg",
        "procedures/renew-user.yaml:22:10: error: the image `figures/missing.svg` does not exist"
      ),
      (
        "procedures/external-search.yaml", "en: You are done. Wait for ศทก. to approve your request.",
        "en: You are done: wait: for approval.",
        "procedures/external-search.yaml:194:23: error: this is not valid YAML: mapping values are not allowed in this context"
      ),
      (
        "procedures/external-search.yaml", "      en: Press ‘ส่งคำร้องขอให้ ศทก.’\n",
        "      en: Press the send button\n",
        "procedures/external-search.yaml:172:11: error: the English text must quote the Thai screen label ‘ส่งคำร้องขอให้ ศทก.’ exactly"
      ),
      (
        "manual.yaml", "  - procedure: renew-user\n", "",
        "procedures/renew-user.yaml:1:5: error: the procedure `renew-user` is not in the `sections:` of manual.yaml"
      ),
      (
        "choices.yaml", "      - id: return\n", "      - id: go-back\n",
        "manual.yaml:1:1: error: the choice `return` must exist: request bundles name it"
      ),
    ]
    for row in cases {
      let folder = try Self.copyOfContent()
      let url = folder.appendingPathComponent(row.file)
      let text = try String(contentsOf: url, encoding: .utf8)
      XCTAssertTrue(text.contains(row.find), "the fixture edit no longer applies: \(row.find)")
      try text.replacingOccurrences(of: row.find, with: row.replace).write(
        to: url, atomically: true, encoding: .utf8)
      let result = ManualLoader.check(folder)
      XCTAssertNil(result.manual.map { _ in "a manual" }, row.expected)
      let report = result.diagnostics.map(\.description).joined(separator: "\n")
      XCTAssertTrue(report.contains(row.expected), row.expected)
      XCTAssertTrue(report.contains("fix: ") && report.contains("วิธีแก้: "), report)
    }
  }

  func testAllProblemsAreReportedTogether() throws {
    let folder = try Self.copyOfContent()
    for (file, find, replace) in [
      ("glossary.yaml", "  - id: polis\n    term:", "  - id: polis\n    trem:"),
      ("finder.yaml", "start: need", "start: nowhere"),
    ] {
      let url = folder.appendingPathComponent(file)
      let text = try String(contentsOf: url, encoding: .utf8)
      try text.replacingOccurrences(of: find, with: replace).write(to: url, atomically: true, encoding: .utf8)
    }
    let errors = ManualLoader.check(folder).errors.map(\.description)
    XCTAssertTrue(
      errors.contains { $0.hasPrefix("glossary.yaml:12:5: error: unknown field `trem`") }, "\(errors)")
    XCTAssertTrue(
      errors.contains { $0.hasPrefix("finder.yaml:4:8: error: there is no question `nowhere`") }, "\(errors)")
  }

  func testZeroWidthSpacesPastedFromWordAreRemoved() throws {
    let folder = try Self.copyOfContent()
    let url = folder.appendingPathComponent("manual.yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
    try text.replacingOccurrences(of: "คำถาม ?", with: "คำ\u{200B}ถาม ?").write(
      to: url, atomically: true, encoding: .utf8)
    XCTAssertEqual(try ManualLoader.load(from: folder).closing.th, "คำถาม ?")
  }

  static func copyOfContent() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("content-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: content, to: folder)
    return folder
  }
}
