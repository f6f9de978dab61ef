import Dispatch
import Foundation

/// Content files parsed on every core, each with the problems its parse found. Parsing is
/// independent per file; the loaders then read the trees one after the other, in order.
enum ParsedFiles {
  struct Result {
    var file: ContentFile?
    var diagnostics: [Diagnostic]
  }

  static func parse(_ paths: [String], from source: ContentSource) -> [Result] {
    let results = Results(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      let sink = DiagnosticSink()
      let file = ContentFile(source: source, relativePath: paths[index], sink: sink)
      results.set(index, Result(file: file, diagnostics: sink.diagnostics))
    }
    return results.values
  }

  /// Filled from several threads, each index by one thread only; read after all are done.
  private final class Results: @unchecked Sendable {
    private(set) var values: [Result]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: Result(file: nil, diagnostics: []), count: count) }

    func set(_ index: Int, _ value: Result) {
      lock.lock()
      values[index] = value
      lock.unlock()
    }
  }
}
