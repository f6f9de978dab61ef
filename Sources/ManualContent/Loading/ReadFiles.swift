import Dispatch
import Foundation

/// Content files parsed and read on every core, each with the problems found in it. Each file
/// is independent; the caller then takes the results one after the other, in order.
enum ReadFiles {
  struct Result<Value> {
    var path: String
    /// What `read` made of the file; nil when the file could not be parsed.
    var value: Value?
    /// The file's problems: its parse's, then its reading's, in the order they were found.
    var diagnostics: [Diagnostic]
  }

  /// Parses each file of `paths` and hands it to `read` with the file's own sink, on several
  /// threads at once: `read` must touch nothing shared but what it is given.
  static func read<Value>(
    _ paths: [String], from source: ContentSource, _ read: @Sendable (ContentFile, DiagnosticSink) -> Value
  ) -> [Result<Value>] {
    let results = Results<Value>(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      let sink = DiagnosticSink()
      let value = ContentFile(source: source, relativePath: paths[index], sink: sink).map { read($0, sink) }
      results.set(index, Result(path: paths[index], value: value, diagnostics: sink.diagnostics))
    }
    return results.values.map { $0! }
  }

  /// Filled from several threads, each index by one thread only; read after all are done.
  private final class Results<Value>: @unchecked Sendable {
    private(set) var values: [Result<Value>?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<Value>) {
      lock.lock()
      values[index] = value
      lock.unlock()
    }
  }
}
