// Writes a Swift source that holds the files of one folder as string literals, for the
// build-tool plugins (Plugins/EmbedAssets, Plugins/EmbedContent). The binaries then carry
// those files and work when copied anywhere alone, and the embedded copy never drifts from
// the files: SwiftPM runs this again whenever they change (see --rerun-stamp below).
//
// usage: embed-files OUTPUT.swift ENUM-NAME FOLDER TEXT-EXTENSIONS [--others-by-name]
//                    [--rerun-stamp STAMP]
//   Every file below FOLDER (hidden ones left out) whose extension is in TEXT-EXTENSIONS
//   (comma-separated) becomes an entry keyed by its path relative to FOLDER, with its exact
//   text. With --others-by-name, every other file becomes an entry with empty text;
//   without it, other files are left out. OUTPUT is rewritten only when it changes, so
//   that running this again recompiles nothing.
//   --rerun-stamp: STAMP is an input of this command and is touched after each run, so
//   that the command runs at every build. For a folder outside every target (content/):
//   SwiftPM asks a plugin for its commands again only when a target's files or the
//   manifest change, so a list of files declared as inputs would miss files added since
//   (and fail the build when a declared file is deleted). The folder is walked here.
import Foundation

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("\(message)\n".utf8))
  exit(1)
}

var arguments = Array(CommandLine.arguments.dropFirst())
let usage = """
  usage: embed-files OUTPUT.swift ENUM-NAME FOLDER TEXT-EXTENSIONS [--others-by-name] \
  [--rerun-stamp STAMP]
  """
var stamp: URL?
if let option = arguments.firstIndex(of: "--rerun-stamp") {
  guard option + 2 == arguments.count else { fail(usage) }
  stamp = URL(fileURLWithPath: arguments[option + 1])
  arguments.removeSubrange(option...)
}
let othersByName = arguments.last == "--others-by-name"
if othersByName { arguments.removeLast() }
guard arguments.count == 4 else { fail(usage) }
let output = URL(fileURLWithPath: arguments[0])
let enumName = arguments[1]
let folder = URL(fileURLWithPath: arguments[2], isDirectory: true).standardizedFileURL
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

// Paths relative to the folder, as the walker gives them: no prefix to strip, whatever
// symbolic links lead to the folder.
guard let walker = FileManager.default.enumerator(atPath: folder.path) else {
  fail("error: cannot read the folder \(folder.path)")
}
var entries: [(key: String, literal: String)] = []
for case let key as String in walker {
  let file = folder.appendingPathComponent(key)
  var isDirectory: ObjCBool = false
  // Hidden files and folders (editor backups, .DS_Store) are left out.
  guard !key.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
    FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue
  else { continue }
  guard textExtensions.contains(file.pathExtension) else {
    if othersByName { entries.append((key, swiftLiteral(""))) }
    continue
  }
  // Validated as is: Foundation's decoders may drop a byte-order mark, changing the bytes.
  guard let data = FileManager.default.contents(atPath: file.path),
    let text = String(validating: data, as: UTF8.self)
  else { fail("\(file.path): error: cannot embed: not readable as UTF-8 text; save it as UTF-8") }
  entries.append((key, swiftLiteral(text)))
}
entries.sort { $0.key < $1.key }
let dictionaryLiteral =
  entries.isEmpty
  ? "[:]" : "[\n" + entries.map { "    \(swiftLiteral($0.key)): \($0.literal),\n" }.joined() + "  ]"

let source = """
  // swift-format-ignore-file
  // Generated at build time by embed-files from \(folder.path). Edit those files, not this one.
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
    fail("error: cannot write \(output.path): \(error)")
  }
}
if let stamp {
  // A new modification date is all that matters; nothing reads the stamp.
  do {
    try Data("embedded \(entries.count) files from \(folder.path)\n".utf8).write(to: stamp)
  } catch {
    fail("error: cannot write \(stamp.path): \(error)")
  }
}
