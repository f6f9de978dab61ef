import ArgumentParser
import BundleCheck
import Foundation
import ManualContent

/// `precheck`: checks a request bundle offline before it is sent to ศทก.
/// Exit status (`ExitStatus`): 0 ready, 1 not ready, 2 nothing could be checked.
@main
struct PrecheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "precheck",
    abstract: "Check a CRIMES request bundle (a folder or .zip) before you send it.",
    subcommands: [Check.self, Init.self, Rules.self], defaultSubcommand: Check.self)

  /// As ParsableCommand's, but a wrongly used command exits 2, as the bundle spec says.
  static func main() {
    // A closed pipe is an error we report (exit 2), not a signal that kills us silently.
    signal(SIGPIPE, SIG_IGN)
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      var code = exitCode(for: error)
      if code == .validationFailure { code = ExitCode(.unusable) }
      let message = fullMessage(for: error)
      if !message.isEmpty {
        let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        stream.write(Data((message + "\n").utf8))
      }
      Foundation.exit(code.rawValue)
    }
  }
}

/// Writes to stdout without a buffer, checking every write: a report that cannot be written
/// (stdout closed, a full disk, a closed pipe) is exit 2, never a silent 0.
enum Output {
  static func write(_ text: String) throws {
    var bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeMutableBytes {
        Foundation.write(1, $0.baseAddress! + written, $0.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        let reason = String(cString: strerror(errno))
        FileHandle.standardError.write(
          Data(
            "precheck: เขียนรายงานออกทาง stdout ไม่ได้ / the report cannot be written to stdout: \(reason)\n"
              .utf8))
        throw ExitCode(.nothingChecked)
      }
      written += count
    }
  }
}

struct ContentOption: ParsableArguments {
  @Option(help: "Use the content in this folder instead of the copy inside precheck.")
  var content: String?

  func manual() throws -> Manual {
    do {
      if let content { return try ManualLoader.load(from: URL(fileURLWithPath: content)) }
      return try Precheck.embeddedManual()
    } catch {
      FileHandle.standardError.write(Data("precheck: the content cannot be used:\n\(error)\n".utf8))
      throw ExitCode(.nothingChecked)
    }
  }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json }
enum ReportLanguage: String, ExpressibleByArgument, CaseIterable { case th, en, both }

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check bundles: folders or .zip files; one report each.")

  @Argument(
    help: "The bundle: a folder or a .zip holding request.yaml and the attachments. Several may be given.")
  var bundles: [String]

  @Option(help: "text (default) or json (one object; one per line when several bundles are given).")
  var format: ReportFormat = .text
  @Option(help: "th, en or both.") var lang: ReportLanguage = .both
  @Option(help: "The help site's folder, for the help links (default: ./site, else a site/ beside precheck).")
  var site: String?
  @OptionGroup var content: ContentOption

  func validate() throws {
    if bundles.isEmpty { throw ValidationError("name the bundle to check: precheck my-request/") }
  }

  func run() throws {
    let manual = try content.manual()
    let checker = BundleChecker(manual: manual)
    let languages: [Language] = lang == .both ? [.th, .en] : [lang == .th ? .th : .en]
    let location = try SiteLocation.find(given: site)
    if let note = location.note, format == .text { FileHandle.standardError.write(Data(note.utf8)) }
    var worst = ExitStatus.ready
    for (index, bundle) in bundles.enumerated() {
      if index > 0 && format == .text { try Output.write("\n") }
      let source: BundleSource
      do {
        source = try Precheck.open(bundle)
      } catch {
        FileHandle.standardError.write(Data("precheck: \(Self.describe(error, Echo.visible(bundle)))\n".utf8))
        worst = .nothingChecked
        continue
      }
      let report = checker.check(source)
      switch format {
      case .text:
        try Output.write(
          TextReport(manual: manual, languages: languages, siteRoot: location.root).render(
            report, bundleName: bundle))
      case .json:
        let json = JSONReport(manual: manual, helpLanguage: languages[0], compact: bundles.count > 1).render(
          report)
        try Output.write(json)
      }
      if !report.isReady(in: manual) && worst == .ready { worst = .notReady }
    }
    if worst != .ready { throw ExitCode(worst) }
  }

  static func describe(_ error: Error, _ bundle: String) -> String {
    switch error as? BundleOpenError {
    case .notFound?: return "ไม่พบ \(bundle) / \(bundle) does not exist."
    case .notAFolderOrZip?:
      return
        "\(bundle) ไม่ใช่โฟลเดอร์หรือไฟล์ .zip / \(bundle) is neither a folder nor a .zip (a FIFO, device or other file is not read)."
    case .badZip?: return "อ่านไฟล์ zip \(bundle) ไม่ได้ / The zip \(bundle) cannot be read: make it again."
    default: return "อ่าน \(bundle) ไม่ได้ / \(bundle) cannot be read."
    }
  }
}

struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a ready-to-fill request.yaml for a procedure into a folder.")

  @Argument(help: "The procedure id, e.g. external-search.") var procedure: String
  @Argument(help: "The folder to write request.yaml into.") var dir: String = "."
  @OptionGroup var content: ContentOption

  func run() throws {
    let manual = try content.manual()
    guard let found = manual.procedure(procedure) else {
      let ids = manual.procedures.map(\.id).joined(separator: ", ")
      throw ValidationError("no procedure `\(procedure)`; use one of: \(ids)")
    }
    let folder = URL(fileURLWithPath: dir)
    let target = folder.appendingPathComponent("request.yaml")
    // Never overwrite an officer's answers.
    guard !FileManager.default.fileExists(atPath: target.path) else {
      FileHandle.standardError.write(
        Data("precheck: \(target.path) มีอยู่แล้ว ไม่เขียนทับ / already exists; it is not overwritten.\n".utf8))
      throw ExitCode(.nothingChecked)
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(Precheck.template(for: found, in: manual).utf8).write(to: target)
    try Output.write("เขียน \(target.path) แล้ว / Wrote \(target.path)\n")
  }
}

struct Rules: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "List the rules precheck applies.")

  @Argument(help: "Only this procedure's advice.") var procedure: String?
  @OptionGroup var content: ContentOption

  func run() throws {
    let manual = try content.manual()
    try Output.write(Precheck.rulesListing(manual, procedure: procedure.flatMap(manual.procedure)))
  }
}

extension ExitCode {
  /// The named status (ManualContent's `ExitStatus`), as ArgumentParser exits with it.
  init(_ status: ExitStatus) { self.init(status.rawValue) }
}
