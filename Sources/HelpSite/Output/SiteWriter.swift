import Foundation
import ManualContent

/// Writes a rendered site into its output folder safely: into a temporary folder beside it
/// first, swapped in only when complete, so a failed build leaves the last good site. It
/// refuses folders it must not overwrite.
public struct SiteWriter {
  /// Lists what a build wrote, so a later build knows the folder is its own.
  public static let manifestName = ".guide-build"

  public enum Refusal: Error, CustomStringConvertible {
    case isContentFolder(String)
    case isProjectRoot(String)
    case containsContent(String)
    case holdsOtherFiles(String, [String])
    case notAFolder(String)

    /// The refusal as `guide` reports it, in both languages.
    public var diagnostic: Diagnostic {
      let (message, fix): (LocalizedText, LocalizedText)
      switch self {
      case .isContentFolder(let path):
        message = LocalizedText(
          th: "โฟลเดอร์ปลายทาง \(path) คือโฟลเดอร์เนื้อหา การสร้างเว็บไซต์ที่นี่จะลบเนื้อหาทิ้ง",
          en: "the output folder \(path) is the content folder; building there would destroy the content")
        fix = LocalizedText(
          th: "เลือกโฟลเดอร์อื่น เช่น --output site", en: "choose another folder, e.g. --output site")
      case .isProjectRoot(let path):
        message = LocalizedText(
          th: "โฟลเดอร์ปลายทาง \(path) เป็นโฟลเดอร์หลักของโครงการ (มี Package.swift หรือ .git)",
          en: "the output folder \(path) is a project root (it holds Package.swift or .git)")
        fix = LocalizedText(
          th: "เลือกโฟลเดอร์ของเว็บไซต์เอง เช่น --output site",
          en: "choose a folder of its own, e.g. --output site")
      case .containsContent(let path):
        message = LocalizedText(
          th: "โฟลเดอร์ปลายทาง \(path) มีโฟลเดอร์เนื้อหาอยู่ข้างใน",
          en: "the output folder \(path) contains the content folder")
        fix = LocalizedText(
          th: "เลือกโฟลเดอร์ที่อยู่นอกโฟลเดอร์เนื้อหา เช่น --output site",
          en: "choose a folder outside the content, e.g. --output site")
      case .holdsOtherFiles(let path, let files):
        let list = files.prefix(5).joined(separator: ", ") + (files.count > 5 ? " …" : "")
        message = LocalizedText(
          th: "โฟลเดอร์ปลายทาง \(path) มีไฟล์ที่ guide ไม่ได้เขียน: \(list)",
          en: "the output folder \(path) holds files guide did not write: \(list)")
        fix = LocalizedText(
          th: "เลือกโฟลเดอร์ว่างหรือโฟลเดอร์ใหม่ หรือย้ายไฟล์เหล่านั้นออกไป",
          en: "choose an empty or new folder, or move those files away")
      case .notAFolder(let path):
        message = LocalizedText(th: "\(path) มีอยู่แล้วและไม่ใช่โฟลเดอร์", en: "\(path) exists and is not a folder")
        fix = LocalizedText(th: "ระบุโฟลเดอร์ให้ --output", en: "choose a folder path for --output")
      }
      return Diagnostic(.error, at: nil, message, fix: fix)
    }

    public var description: String { DiagnosticFormatter.format(diagnostic, tool: "guide") }
  }

  public let output: URL
  public let contentDirectory: URL

  public init(output: URL, contentDirectory: URL) {
    self.output = output.standardizedFileURL
    self.contentDirectory = contentDirectory.standardizedFileURL
  }

  /// Throws a `Refusal` when the output folder is not ours to replace.
  public func checkOutputFolder() throws {
    let fm = FileManager.default
    let out = output.resolvingSymlinksInPath().path
    let content = contentDirectory.resolvingSymlinksInPath().path
    if out == content { throw Refusal.isContentFolder(output.path) }
    for marker in ["Package.swift", ".git"] where fm.fileExists(atPath: out + "/" + marker) {
      throw Refusal.isProjectRoot(output.path)
    }
    if (content + "/").hasPrefix(out + "/") { throw Refusal.containsContent(output.path) }
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: out, isDirectory: &isDirectory) else { return }
    guard isDirectory.boolValue else { throw Refusal.notAFolder(output.path) }
    let existing = Self.listFiles(in: output)
    guard !existing.isEmpty else { return }
    let manifest =
      (try? String(contentsOf: output.appendingPathComponent(Self.manifestName), encoding: .utf8)) ?? ""
    let ours = Set(manifest.split(separator: "\n").map(String.init))
    let foreign = existing.filter { $0 != Self.manifestName && !ours.contains($0) }
    if !foreign.isEmpty || manifest.isEmpty {
      throw Refusal.holdsOtherFiles(output.path, foreign.isEmpty ? existing : foreign)
    }
  }

  /// Renders `manual` and writes each file as soon as it is made, then swaps the folder in:
  /// the whole site is never held in memory (issue 12). On any failure the previous folder is
  /// left as it was. Returns how many files the site has.
  @discardableResult
  public func write(rendering manual: Manual) throws -> Int {
    try writeStaged { stream in
      try SiteFiles.renderEach(manual, contentDirectory: contentDirectory, to: stream.write)
    }
  }

  /// Fills a temporary folder beside the output with `fill`, adds the manifest and swaps the
  /// folder in; removes it again on any failure.
  @discardableResult
  private func writeStaged(_ fill: (FolderStream) throws -> Void) throws -> Int {
    try checkOutputFolder()
    let fm = FileManager.default
    let parent = output.deletingLastPathComponent()
    try fm.createDirectory(at: parent, withIntermediateDirectories: true)
    let name = output.lastPathComponent
    let staging = parent.appendingPathComponent(".\(name).tmp-\(getpid())")
    let retired = parent.appendingPathComponent(".\(name).old-\(getpid())")
    try? fm.removeItem(at: staging)
    do {
      let stream = FolderStream(folder: staging)
      try fill(stream)
      try stream.check()
      let paths = stream.writtenPaths
      try fm.createDirectory(at: staging, withIntermediateDirectories: true)
      try Data((paths.joined(separator: "\n") + "\n").utf8).write(
        to: staging.appendingPathComponent(Self.manifestName))
      if fm.fileExists(atPath: output.path) {
        try fm.moveItem(at: output, to: retired)
        do {
          try fm.moveItem(at: staging, to: output)
        } catch {
          try? fm.moveItem(at: retired, to: output)
          throw error
        }
        try? fm.removeItem(at: retired)
      } else {
        try fm.moveItem(at: staging, to: output)
      }
      return paths.count
    } catch {
      try? fm.removeItem(at: staging)
      throw error
    }
  }

  /// Regular files below `folder`, as sorted relative paths.
  public static func listFiles(in folder: URL) -> [String] {
    FolderListing.files(in: folder.resolvingSymlinksInPath().path).sorted()
  }
}
