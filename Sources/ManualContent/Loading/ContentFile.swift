import Foundation
import Yams

/// One content file, read and parsed into a YAML tree. Problems (missing file, not UTF-8,
/// YAML syntax) are reported with their place, and the file is then skipped.
struct ContentFile {
  /// Content files are hand-written text; anything larger is a mistake, not content.
  static let maximumSize = 1 << 20

  let path: String
  let root: YAMLNode

  init?(source: ContentSource, relativePath: String, sink: DiagnosticSink, required: Bool = true) {
    self.path = relativePath
    let start = SourceLocation(file: relativePath, line: 1, column: 1)
    guard source.exists(relativePath) else {
      if required {
        sink.report(start, Messages.fileMissing, ["path": relativePath])
      }
      return nil
    }
    guard let data = source.data(at: relativePath), data.count <= Self.maximumSize else {
      sink.report(start, Messages.fileUnreadable)
      return nil
    }
    guard let text = String(data: data, encoding: .utf8) else {
      sink.report(start, Messages.fileNotUTF8)
      return nil
    }
    // Plain YAML is built from libyaml's events (YAMLTree.swift); anything it gives up on
    // (errors included) is composed by Yams, which reports it as it always has.
    if let root = YAMLTree.build(text) {
      self.root = root
      return
    }
    do {
      guard let root = try Self.composedByYams(text) else {
        sink.report(start, Messages.fileEmpty)
        return nil
      }
      self.root = root
    } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
      // Yams refuses a mapping with a key twice; say which key and where, as for any key.
      sink.report(
        SourceLocation(file: relativePath, line: context.mark.line, column: context.mark.column),
        Messages.duplicateKey, ["key": duplicates.joined(separator: "`, `")])
      return nil
    } catch let error as YamlError {
      let (problem, mark) = Self.describe(error)
      sink.report(
        SourceLocation(file: relativePath, line: mark?.line ?? 1, column: mark?.column ?? 1),
        Messages.invalidYAML, ["problem": problem])
      return nil
    } catch {
      sink.report(start, Messages.yamlUnreadable, ["problem": "\(error)"])
      return nil
    }
  }

  /// The tree as Yams composes it: the reference `YAMLTree` must agree with (a test holds it).
  static func composedByYams(_ text: String) throws -> YAMLNode? {
    // UTF-8 named here: Yams's default reads the whole environment on every parse.
    try Yams.compose(yaml: text, .default, .default, .utf8).map(YAMLNode.init)
  }

  private static func describe(_ error: YamlError) -> (String, Mark?) {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return (problem, mark)
    default:
      return ("\(error)", nil)
    }
  }

  /// Reads the root mapping of the file with its schema.
  func reader(_ schema: Schema, sink: DiagnosticSink) -> MappingReader? {
    MappingReader(root, file: path, schema: schema, sink: sink)
  }
}
