import Foundation
import HelpSite
import ManualContent

/// The repository's real content, built once into a temporary folder for the tests.
enum BuiltSite {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let content = repository.appendingPathComponent("content")

  static let manual: Manual = try! ManualLoader.load(from: content)

  /// The site built from the real content, in a fresh temporary folder.
  static let folder: URL = {
    let folder = temporaryFolder().appendingPathComponent("site")
    try! SiteWriter(output: folder, contentDirectory: content).write(rendering: manual)
    return folder
  }()

  static var pages: [String] {
    SiteWriterTestAccess.files(in: folder).filter { $0.hasSuffix(".html") }
  }

  static func page(_ path: String) throws -> HTMLDocument {
    try HTMLDocument(path: folder.appendingPathComponent(path).path)
  }

  static func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "guide-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

enum SiteWriterTestAccess {
  static func files(in folder: URL) -> [String] { SiteWriter.listFiles(in: folder) }
}
