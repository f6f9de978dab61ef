import CLibXML2
import Foundation

/// A generated page parsed by libxml2's HTML parser, queried with XPath as a reader's
/// eye would: what text is there, in what order, which links lead where.
final class HTMLDocument {
  private let document: htmlDocPtr
  let path: String
  /// Problems libxml2 reported while parsing (unclosed tags, bad nesting).
  private(set) var parseErrors: [String] = []

  init(path: String) throws {
    self.path = path
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
    guard
      let document = data.withUnsafeBytes({ buffer in
        htmlReadMemory(
          buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(buffer.count), path,
          "UTF-8", options | Int32(HTML_PARSE_NOERROR.rawValue) | Int32(HTML_PARSE_NOWARNING.rawValue))
      })
    else { throw CocoaError(.fileReadCorruptFile) }
    self.document = document
  }

  deinit { xmlFreeDoc(document) }

  /// Nodes matching `xpath`, as their text content.
  func texts(_ xpath: String) -> [String] { nodes(xpath).map(Self.text) }

  /// The value of attribute results, e.g. `//a/@href`.
  func values(_ xpath: String) -> [String] { texts(xpath) }

  func count(_ xpath: String) -> Int { nodes(xpath).count }

  private func nodes(_ xpath: String) -> [xmlNodePtr] {
    guard let context = xmlXPathNewContext(document) else { return [] }
    defer { xmlXPathFreeContext(context) }
    guard let result = xmlXPathEvalExpression(xpath, context) else { return [] }
    defer { xmlXPathFreeObject(result) }
    guard let set = result.pointee.nodesetval else { return [] }
    return (0..<Int(set.pointee.nodeNr)).compactMap { set.pointee.nodeTab[$0] }
  }

  private static func text(_ node: xmlNodePtr) -> String {
    guard let content = xmlNodeGetContent(node) else { return "" }
    defer { guide_xmlFree(content) }
    return String(cString: content)
  }
}
