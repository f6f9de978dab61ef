import ArgumentParser
import BundleCheck
import Foundation
import ManualContent

/// `precheck`: checks a request bundle offline before it is sent to ศทก.
/// Exit status: 0 ready, 1 not ready, 2 nothing could be checked.
@main
struct PrecheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "precheck",
    abstract: "Check a CRIMES request bundle (a folder or .zip) before you send it.",
    subcommands: [Check.self, Init.self, Rules.self], defaultSubcommand: Check.self)

  /// As ParsableCommand's, but a wrongly used command exits 2, as the bundle spec says.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      var code = exitCode(for: error)
      if code == .validationFailure { code = ExitCode(2) }
      let message = fullMessage(for: error)
      if !message.isEmpty {
        let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        stream.write(Data((message + "\n").utf8))
      }
      Foundation.exit(code.rawValue)
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
      throw ExitCode(2)
    }
  }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json }
enum ReportLanguage: String, ExpressibleByArgument, CaseIterable { case th, en, both }

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Check a bundle: a folder or a .zip.")

  @Argument(help: "The bundle: a folder or a .zip holding request.yaml and the attachments.")
  var bundle: String

  @Option(help: "text (default) or json.") var format: ReportFormat = .text
  @Option(help: "th, en or both.") var lang: ReportLanguage = .both
  @OptionGroup var content: ContentOption

  func run() throws {
    let manual = try content.manual()
    let source: BundleSource
    do {
      source = try Precheck.open(bundle)
    } catch {
      let message: String
      switch error as? BundleOpenError {
      case .notFound?: message = "ไม่พบ \(bundle) / \(bundle) does not exist."
      case .notAFolderOrZip?:
        message = "\(bundle) ไม่ใช่โฟลเดอร์หรือไฟล์ .zip / \(bundle) is neither a folder nor a .zip."
      case .badZip?: message = "อ่านไฟล์ zip \(bundle) ไม่ได้ / The zip \(bundle) cannot be read: make it again."
      default: message = "อ่าน \(bundle) ไม่ได้ / \(bundle) cannot be read."
      }
      FileHandle.standardError.write(Data("precheck: \(message)\n".utf8))
      throw ExitCode(2)
    }
    let report = BundleChecker(manual: manual).check(source)
    let languages: [Language] = lang == .both ? [.th, .en] : [lang == .th ? .th : .en]
    switch format {
    case .text:
      print(
        TextReport(manual: manual, languages: languages).render(report, bundleName: bundle), terminator: "")
    case .json: print(JSONReport(manual: manual, helpLanguage: languages[0]).render(report), terminator: "")
    }
    if !report.isReady(in: manual) { throw ExitCode(1) }
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
      throw ExitCode(2)
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(Precheck.template(for: found, in: manual).utf8).write(to: target)
    print("เขียน \(target.path) แล้ว / Wrote \(target.path)")
  }
}

struct Rules: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "List the rules precheck applies.")

  @Argument(help: "Only this procedure's advice.") var procedure: String?
  @OptionGroup var content: ContentOption

  func run() throws {
    let manual = try content.manual()
    print(Precheck.rulesListing(manual, procedure: procedure.flatMap(manual.procedure)), terminator: "")
  }
}
