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

  public init(_ directory: URL) { self.directory = directory }

  public func data(at path: String) -> Data? {
    let url = directory.appendingPathComponent(path)
    guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
      size <= ContentFile.maximumSize
    else { return nil }
    return try? Data(contentsOf: url)
  }

  public func fileNames(in folder: String) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path))
      ?? []
  }

  public func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path)
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
