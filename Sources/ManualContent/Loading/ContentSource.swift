import Foundation

/// Where content files come from: a folder on disk (what `guide` and `precheck --content`
/// read) or files carried inside a binary (what `precheck` uses when copied anywhere alone).
public protocol ContentSource: Sendable {
  /// The bytes of a file, by its path below the content root; nil when there is none.
  func data(at path: String) -> Data?
  /// The names of the files directly inside a folder of the content.
  func fileNames(in folder: String) -> [String]
  func exists(_ path: String) -> Bool
}

public struct ContentFolder: ContentSource {
  public let directory: URL
  /// `directory`'s path, which content paths are joined to as strings: a `URL` made for each
  /// of the thousands of files and figures a large manual names was a few percent of a build.
  private let base: String

  public init(_ directory: URL) {
    self.directory = directory
    let path = directory.path
    base = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
  }

  private func fullPath(_ path: String) -> String { base + "/" + path }

  public func data(at path: String) -> Data? {
    let file = fullPath(path)
    guard let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int,
      size <= ContentFile.maximumSize
    else { return nil }
    return FileManager.default.contents(atPath: file)
  }

  public func fileNames(in folder: String) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: fullPath(folder))) ?? []
  }

  public func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: fullPath(path))
  }
}

/// Content held in memory, e.g. compiled into the `precheck` binary.
public struct EmbeddedContent: ContentSource {
  public let files: [String: Data]

  public init(files: [String: Data]) { self.files = files }

  public func data(at path: String) -> Data? { files[path] }

  public func fileNames(in folder: String) -> [String] {
    files.keys.filter { $0.hasPrefix(folder + "/") && !$0.dropFirst(folder.count + 1).contains("/") }
      .map { String($0.dropFirst(folder.count + 1)) }
  }

  public func exists(_ path: String) -> Bool { files[path] != nil }
}
