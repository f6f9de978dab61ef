import Foundation
import HelpSite
import ManualContent

/// Reads the content after each change and hands the preview the pages that change touches:
/// an edit to procedure files renders those procedures' pages and the pages that list or
/// hold every procedure; any other change (shared files, figures, a procedure added or
/// removed) renders everything. Content with errors leaves the last clean pages in place.
public final class PreviewBuilder: @unchecked Sendable {
  public let contentDirectory: URL
  public let site: PreviewSite
  /// The last manual read without errors, and the diagnostics (warnings) it came with.
  private var lastClean: (manual: Manual, diagnostics: [Diagnostic])?
  /// Procedures edited since `lastClean`: a quick read must read all of them again.
  private var editedSinceClean: Set<String> = []

  public init(contentDirectory: URL, site: PreviewSite) {
    self.contentDirectory = contentDirectory
    self.site = site
  }

  /// What a rebuild did, for the terminal.
  public struct Summary: Sendable {
    public var clean: Bool
    public var pages: Int
    public var narrow: Bool
    public var problems: [Diagnostic]
  }

  /// Reads everything and renders everything (pages on request or in the background).
  @discardableResult
  public func rebuildAll() -> Summary {
    editedSinceClean = []
    let report = GuideReport.check(contentDirectory)
    guard report.isClean, let manual = report.manual else { return fail(report.diagnostics) }
    do {
      let images = try SiteFiles.images(manual, contentDirectory: contentDirectory)
      // The search indexes are made when asked for or in the background, not before the
      // first page can be served: at N = 1,000 they are most of a rebuild's work.
      let (pages, searchIndexes) = SiteFiles.pagesAndSearchIndexes(manual)
      site.publish(pages: pages, groups: searchIndexes, images: images, problems: report.diagnostics) { _ in
        false
      }
      lastClean = (manual, report.diagnostics)
      return Summary(
        clean: true, pages: pages.count + searchIndexes.count + images.count, narrow: false,
        problems: report.diagnostics)
    } catch {
      return fail([Self.unreadable(error)])
    }
  }

  /// Applies one batch of changes to the content folder.
  @discardableResult
  public func rebuild(after changes: ContentChanges) -> Summary {
    guard let lastClean, changes.onlyEditedProcedures else { return rebuildAll() }
    editedSinceClean.formUnion(changes.editedProcedures)
    let quick = QuickProcedureLoad(
      contentDirectory: contentDirectory, previous: lastClean.manual, edited: editedSinceClean)
    switch quick.run() {
    case .needsFullLoad:
      return rebuildAll()
    case .failed(let diagnostics):
      return fail(keptWarnings(lastClean.diagnostics) + diagnostics)
    case .loaded(let manual, let diagnostics):
      let all = keptWarnings(lastClean.diagnostics) + diagnostics
      do {
        let known = Dictionary(
          uniqueKeysWithValues: site.storedPaths.filter(Self.isFigure).compactMap { path in
            site.file(path).map { (path, $0) }
          })
        let images = try SiteFiles.images(manual, contentDirectory: contentDirectory, known: known)
        let edited = editedSinceClean
        let (allPages, searchIndexes) = SiteFiles.pagesAndSearchIndexes(manual)
        let pages = allPages.filter { page in
          switch page.source {
          case .fixed: return false
          case .procedure(let id): return edited.contains(id)
          case .everyProcedure, .everyProcedureInFull: return true
          }
        }
        // Figures no procedure shows any more go; every other page stays as it is.
        site.publish(pages: pages, groups: searchIndexes, images: images, problems: all) {
          !Self.isFigure($0)
        }
        self.lastClean = (manual, all)
        editedSinceClean = []
        return Summary(clean: true, pages: pages.count + searchIndexes.count, narrow: true, problems: all)
      } catch {
        return fail([Self.unreadable(error)])
      }
    }
  }

  /// Warnings of procedures that were not read again this time.
  private func keptWarnings(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.filter { diagnostic in
      guard let file = diagnostic.location?.file, file.hasPrefix("procedures/"), file.hasSuffix(".yaml")
      else { return false }
      let id = String(file.dropFirst("procedures/".count).dropLast(".yaml".count))
      return !editedSinceClean.contains(id)
    }
  }

  private func fail(_ diagnostics: [Diagnostic]) -> Summary {
    site.fail(problems: diagnostics)
    return Summary(clean: false, pages: 0, narrow: false, problems: diagnostics)
  }

  /// A figure copied from the content (`assets/<image>`), as against the site's own CSS and JS.
  private static func isFigure(_ path: String) -> Bool {
    path.hasPrefix("assets/") && !path.hasSuffix(".css") && !path.hasSuffix(".js")
  }

  private static func unreadable(_ error: Error) -> Diagnostic {
    Diagnostic(
      .error, at: SourceLocation(file: "figures", line: 1, column: 1),
      LocalizedText(th: "อ่านไฟล์รูปไม่ได้: \(error)", en: "cannot read a figure: \(error)"),
      fix: LocalizedText(
        th: "ตรวจว่าไฟล์รูปที่ `image:` อ้างถึงมีอยู่และเปิดอ่านได้",
        en: "check that the figure `image:` names exists and can be read"))
  }
}
