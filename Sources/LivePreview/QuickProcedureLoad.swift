import Foundation
import ManualContent

/// Reads the content again after edits to procedure files only, without parsing every other
/// procedure: those are handed to the loader as tiny stand-ins that define just their id, so
/// that every reference across files still resolves, and the procedures themselves are taken
/// from the last clean manual. At 1,000 procedures this is what keeps an edit under a second.
///
/// The loader is the judge of what is valid, so a stand-in it rejects (the procedure format
/// changed) sends the caller back to a full load rather than to a wrong answer.
struct QuickProcedureLoad {
  let contentDirectory: URL
  let previous: Manual
  /// The procedure ids whose files changed since `previous` was read.
  let edited: Set<String>

  enum Outcome {
    /// The edited procedures read; `manual` is the previous one with them in place.
    case loaded(Manual, [Diagnostic])
    /// The edited files have errors: these diagnostics, all in edited files.
    case failed([Diagnostic])
    /// The quick read cannot be trusted for this edit: load everything.
    case needsFullLoad
  }

  func run() -> Outcome {
    let source = StandInSource(
      folder: ContentFolder(contentDirectory),
      standIns: Set(previous.procedures.map(\.id)).subtracting(edited))
    let result = ManualLoader.check(source)
    let standInFiles = Set(source.standIns.map { "procedures/\($0).yaml" })
    // A diagnostic in a stand-in means the stand-in no longer fits the format.
    if result.diagnostics.contains(where: {
      $0.severity == .error && standInFiles.contains($0.location?.file ?? "")
    }
    ) {
      return .needsFullLoad
    }
    let diagnostics = result.diagnostics.filter { !standInFiles.contains($0.location?.file ?? "") }
    guard let loaded = result.manual else { return .failed(diagnostics) }
    let fresh = Dictionary(
      loaded.procedures.filter { edited.contains($0.id) }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }
    )
    // Same ids in the same order, or the edit did more than change procedures' text.
    guard loaded.procedures.map(\.id) == previous.procedures.map(\.id), fresh.count == edited.count else {
      return .needsFullLoad
    }
    var manual = loaded
    manual.procedures = previous.procedures.map { fresh[$0.id] ?? $0 }
    return .loaded(manual, diagnostics)
  }
}

/// The content folder, with some procedure files replaced by stand-ins defining only their id.
private struct StandInSource: ContentSource {
  let folder: ContentFolder
  let standIns: Set<String>

  func data(at path: String) -> Data? {
    if let id = standInID(path) { return Data(Self.standIn(id).utf8) }
    return folder.data(at: path)
  }

  func fileNames(in folder: String) -> [String] { self.folder.fileNames(in: folder) }

  func exists(_ path: String) -> Bool { standInID(path) != nil || folder.exists(path) }

  private func standInID(_ path: String) -> String? {
    guard path.hasPrefix("procedures/"), path.hasSuffix(".yaml") else { return nil }
    let id = String(path.dropFirst("procedures/".count).dropLast(".yaml".count))
    return standIns.contains(id) ? id : nil
  }

  /// Every scalar quoted: YAML then takes it as text without trying it against the patterns
  /// for numbers, booleans and dates, which was most of the cost of 1,000 stand-ins.
  private static func standIn(_ id: String) -> String {
    let quoted =
      "\"" + id.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      + "\""
    return """
      "id": \(quoted)
      "title": {"th": "ก", "en": "a"}
      "summary": {"th": "ก", "en": "a"}
      "fields": []
      "attachments": []
      "steps": []

      """
  }
}
