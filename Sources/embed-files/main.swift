// Writes a Swift source that holds files as string literals, for the build-tool plugins
// (Plugins/EmbedAssets, Plugins/EmbedContent). The binaries then carry those files and work
// when copied anywhere alone, and the embedded copy can never drift from the files: SwiftPM
// reruns this whenever one of them changes.
//
// usage: embed-files OUTPUT.swift ENUM-NAME ROOT TEXT-EXTENSIONS FILE...
//   Each FILE (below ROOT) becomes an entry keyed by its path relative to ROOT. Files whose
//   extension is in TEXT-EXTENSIONS (comma-separated) are embedded with their exact text;
//   the others only by name, with empty text.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 4 else {
  FileHandle.standardError.write(
    Data("usage: embed-files OUTPUT.swift ENUM-NAME ROOT TEXT-EXTENSIONS FILE...\n".utf8))
  exit(2)
}
let output = URL(fileURLWithPath: arguments[0])
let enumName = arguments[1]
let root = URL(fileURLWithPath: arguments[2]).standardizedFileURL.path + "/"
let textExtensions = Set(arguments[3].split(separator: ",").map(String.init))

/// A one-line Swift string literal with exactly the text's Unicode scalars. Escaping every
/// control character (and the byte-order mark, which editors hide) keeps the bytes exact:
/// a multi-line literal would turn CRLF into LF and strip indentation.
func swiftLiteral(_ text: String) -> String {
  var literal = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": literal += "\\\\"
    case "\"": literal += "\\\""
    case "\n": literal += "\\n"
    case "\t": literal += "\\t"
    case "\r": literal += "\\r"
    case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFEFF:
      literal += "\\u{\(String(scalar.value, radix: 16))}"
    default: literal.unicodeScalars.append(scalar)
    }
  }
  return literal + "\""
}

var entries: [(key: String, literal: String)] = []
for path in arguments.dropFirst(4) {
  let file = URL(fileURLWithPath: path).standardizedFileURL
  guard file.path.hasPrefix(root) else {
    FileHandle.standardError.write(Data("error: \(path) is not inside \(root)\n".utf8))
    exit(1)
  }
  let key = String(file.path.dropFirst(root.count))
  var text = ""
  if textExtensions.contains(file.pathExtension) {
    // Validated as is: Foundation's decoders may drop a byte-order mark, changing the bytes.
    guard let data = FileManager.default.contents(atPath: file.path),
      let decoded = String(validating: data, as: UTF8.self)
    else {
      FileHandle.standardError.write(
        Data("\(file.path): error: cannot embed: not readable as UTF-8 text; save it as UTF-8\n".utf8))
      exit(1)
    }
    text = decoded
  }
  entries.append((key, swiftLiteral(text)))
}
entries.sort { $0.key < $1.key }
let dictionaryLiteral =
  entries.isEmpty
  ? "[:]" : "[\n" + entries.map { "    \(swiftLiteral($0.key)): \($0.literal),\n" }.joined() + "  ]"

let source = """
  // swift-format-ignore-file
  // Generated at build time by embed-files from \(root). Edit those files, not this one.
  enum \(enumName) {
    /// Each file by its path relative to its folder; files embedded by name only are empty.
    static let files: [String: String] = \(dictionaryLiteral)
  }

  """
// Rewrite only on change, so that an unchanged source does not recompile its module.
if FileManager.default.contents(atPath: output.path) != Data(source.utf8) {
  do {
    try Data(source.utf8).write(to: output, options: .atomic)
  } catch {
    FileHandle.standardError.write(Data("error: cannot write \(output.path): \(error)\n".utf8))
    exit(1)
  }
}
