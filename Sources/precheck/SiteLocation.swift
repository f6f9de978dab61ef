import ArgumentParser
import Foundation

/// Where the help site is, so that every help link in a report leads somewhere from wherever
/// precheck runs: `--site DIR`; else a `site/` in the folder precheck is run from (a checkout
/// of the project, links as `site/…`); else a `site/` beside the precheck binary, as on the
/// USB stick the site and precheck are copied to (links as `file://` addresses); else the
/// links stay `site/…` and a note on stderr says how to point precheck at the site.
struct SiteLocation {
  /// The start of every help link: `site` or `file:///media/usb/site`.
  var root: String
  /// Said once on stderr when no site was found.
  var note: String?

  static func find(given: String?) throws -> SiteLocation {
    let files = FileManager.default
    if let given {
      let folder = URL(fileURLWithPath: given).standardizedFileURL
      guard files.fileExists(atPath: folder.appendingPathComponent("index.html").path) else {
        FileHandle.standardError.write(
          Data(
            """
            precheck: ไม่พบเว็บคู่มือที่ \(given) (ไม่มี index.html) ให้ระบุโฟลเดอร์ site ของคู่มือ
            precheck: no help site at \(given) (it holds no index.html): give the help site's site/ folder

            """.utf8))
        throw ExitCode(.nothingChecked)
      }
      return SiteLocation(root: fileAddress(folder))
    }
    if files.fileExists(atPath: "site/index.html") { return SiteLocation(root: "site") }
    let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let beside = binary.deletingLastPathComponent().appendingPathComponent("site")
    if files.fileExists(atPath: beside.appendingPathComponent("index.html").path) {
      return SiteLocation(root: fileAddress(beside))
    }
    return SiteLocation(
      root: "site",
      note: """
        precheck: ไม่พบเว็บคู่มือ ลิงก์ "site/…" ในรายงานหมายถึงโฟลเดอร์ site ของคู่มือ คัดลอกโฟลเดอร์ site ไว้ข้าง precheck หรือระบุ --site <โฟลเดอร์>
        precheck: the help site was not found: the "site/…" links mean the help site's site/ folder. Copy site/ beside precheck, or give --site <folder>.

        """)
  }

  /// `file:///path/to/site`, with the characters an address cannot hold escaped.
  private static func fileAddress(_ folder: URL) -> String {
    var address = URL(fileURLWithPath: folder.path, isDirectory: true).absoluteString
    if address.hasSuffix("/") { address.removeLast() }
    return address
  }
}
