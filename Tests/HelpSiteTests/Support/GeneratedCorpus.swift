import Foundation
import ManualContent
import XCTest

/// A manual made by the benchmark's generator (`Benchmarks/make-corpus`), with many more
/// procedures, fields and kinds of text than the real content: for tests that compare a fast
/// way with the way it replaced on as much text as possible.
enum GeneratedCorpus {
  /// 40 procedures, generated and loaded once.
  static let manual: Manual = {
    let folder = BuiltSite.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = BuiltSite.repository.appendingPathComponent("Benchmarks/make-corpus").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, "40", folder.path]
    process.standardOutput = FileHandle.nullDevice
    try! process.run()
    process.waitUntilExit()
    precondition(process.terminationStatus == 0, "make-corpus failed")
    return try! ManualLoader.load(from: folder.appendingPathComponent("content"))
  }()

  /// Every string the manual holds, found by walking its values.
  static func strings(in value: Any) -> [String] {
    if let string = value as? String { return [string] }
    return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
  }
}
