import ArgumentParser
import Foundation
import HelpSite
import ManualContent

/// `guide`: builds the help site from the content, or checks the content alone.
@main
struct Guide: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build the bilingual CRIMES help site from its content.",
    subcommands: [Build.self, Check.self, Serve.self])
}

struct ContentOptions: ParsableArguments {
  @Option(help: "The content folder.")
  var content: String = "content"

  var url: URL { URL(fileURLWithPath: content) }
}

struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build the site into the output folder; a failed build leaves the previous site.")

  @OptionGroup var content: ContentOptions

  @Option(help: "The folder the site is written to.")
  var output: String = "site"

  func run() throws {
    let report = GuideReport.check(content.url)
    report.printDiagnostics()
    guard report.isClean, let manual = report.manual else { throw ExitCode(.failure) }
    do {
      // Pages go to disk as they are rendered (into a temporary folder, swapped in at the end).
      let count = try SiteWriter(output: URL(fileURLWithPath: output), contentDirectory: content.url)
        .write(rendering: manual)
      print("Built \(count) files into \(output)/")
    } catch {
      let diagnostic =
        (error as? SiteWriter.Refusal)?.diagnostic
        ?? Diagnostic(
          .error, at: nil,
          LocalizedText(th: "เขียนเว็บไซต์ไม่ได้: \(error)", en: "the site cannot be written: \(error)"),
          fix: LocalizedText(
            th: "ตรวจสิทธิ์และพื้นที่ว่างของโฟลเดอร์ปลายทาง",
            en: "check the output folder's permissions and free space"))
      FileHandle.standardError.write(
        Data((DiagnosticFormatter.format(diagnostic, tool: "guide") + "\n").utf8))
      throw ExitCode(.failure)
    }
  }
}

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check the content: every error, untranslated text, and the gaps still to fill.")

  @OptionGroup var content: ContentOptions

  func run() throws {
    let report = GuideReport.check(content.url)
    report.printDiagnostics()
    if let manual = report.manual {
      let gaps = manual.allGaps
      print("\(gaps.count) gaps: what the source manual does not say (fill them in when ศทก. knows):")
      for gap in gaps {
        print("\(gap.location): gap: \(gap.id): \(gap.text.en)")
      }
    }
    guard report.isClean else { throw ExitCode(.failure) }
  }
}

extension ExitCode {
  /// The named status (ManualContent's `ExitStatus`), as ArgumentParser exits with it.
  init(_ status: ExitStatus) { self.init(status.rawValue) }
}
