import Foundation
import ManualContent

/// Answers one request from the preview's memory: the site's files, with the reload script
/// (and, while the content has errors, the problems panel) added to every page; the version
/// the script watches; the problems page. Kept apart from the HTTP library so that tests can
/// ask it directly.
public struct PreviewResponder: Sendable {
  public struct Answer: Equatable, Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data
  }

  public let site: PreviewSite

  public init(site: PreviewSite) { self.site = site }

  /// `method` as sent; `rawPath` still percent-encoded, without the query.
  public func answer(method: String, rawPath: String) -> Answer {
    guard method == "GET" || method == "HEAD" else {
      return text(405, "Only GET and HEAD are served.\n", extra: ["Allow": "GET, HEAD"])
    }
    switch RequestPath(raw: rawPath) {
    case .refused:
      return text(400, "This path is not part of the site.\nเส้นทางนี้ไม่ใช่ส่วนของเว็บไซต์\n")
    case .preview(let name):
      return preview(name)
    case .folder(let folder):
      guard site.contains(folder + "index.html") else { return notFound() }
      return Answer(
        status: 301, headers: ["Location": rawPath + "/", "Cache-Control": "no-store"], body: Data())
    case .site(let path):
      return page(path)
    }
  }

  private func page(_ path: String) -> Answer {
    let isPage = path.hasSuffix(".html")
    if isPage && !site.hasPages {
      let body =
        site.phase == .starting
        ? Self.starting(site.version) : ProblemsPage.html(site.problems, version: site.version)
      return Answer(status: 503, headers: headers(for: "index.html"), body: Data(body.utf8))
    }
    let version = site.version
    let broken = site.phase == .broken
    let problems = broken ? site.problems : []
    guard let data = site.file(path) else { return notFound() }
    guard isPage else { return Answer(status: 200, headers: headers(for: path), body: data) }
    return Answer(
      status: 200, headers: headers(for: path),
      body: PageInjection.inject(into: data, version: version, problems: broken ? problems : nil))
  }

  private func preview(_ name: String) -> Answer {
    switch name {
    case "version":
      let phase: String
      switch site.phase {
      case .starting: phase = "starting"
      case .ready: phase = "ready"
      case .broken: phase = "broken"
      }
      let errors = site.problems.filter { $0.severity == .error }.count
      let json =
        "{\"version\":\(site.version),\"phase\":\"\(phase)\",\"errors\":\(errors),\"pending\":\(site.pendingCount)}\n"
      return Answer(status: 200, headers: headers(for: "version.json"), body: Data(json.utf8))
    case ReloadScript.path:
      return Answer(status: 200, headers: headers(for: name), body: Data(ReloadScript.js.utf8))
    case "problems", "problems/":
      return Answer(
        status: 200, headers: headers(for: "index.html"),
        body: Data(ProblemsPage.html(site.problems, version: site.version).utf8))
    default:
      return notFound()
    }
  }

  private func notFound() -> Answer {
    text(404, "Not found: no such page in the site.\nไม่พบหน้านี้ในเว็บไซต์\n")
  }

  private func text(_ status: Int, _ body: String, extra: [String: String] = [:]) -> Answer {
    Answer(
      status: status,
      headers: ["Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"].merging(extra) {
        $1
      },
      body: Data(body.utf8))
  }

  /// The page shown while the content is read the first time; it reloads itself when ready.
  private static func starting(_ version: Int) -> String {
    """
    <!DOCTYPE html>
    <html lang="th"><head><meta charset="utf-8"><title>กำลังสร้างหน้าตัวอย่าง – Building the preview</title></head>
    <body><p>กำลังอ่านเนื้อหา หน้านี้จะโหลดใหม่เองเมื่อพร้อม<br><span lang="en">Reading the content: this page reloads by itself when it is ready.</span></p>
    \(ReloadScript.tag(version: version))
    </body></html>

    """
  }

  /// Content types with their character set, so Thai text is never read as Latin-1.
  static func contentType(_ path: String) -> String {
    switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
    case "html": return "text/html; charset=utf-8"
    case "css": return "text/css; charset=utf-8"
    case "js": return "text/javascript; charset=utf-8"
    case "svg": return "image/svg+xml; charset=utf-8"
    case "json": return "application/json; charset=utf-8"
    case "png": return "image/png"
    case "jpg", "jpeg": return "image/jpeg"
    case "gif": return "image/gif"
    case "webp": return "image/webp"
    default: return "application/octet-stream"
    }
  }

  /// Never cached: a preview page is out of date as soon as the file is saved again.
  private func headers(for path: String) -> [String: String] {
    [
      "Content-Type": Self.contentType(path), "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    ]
  }
}

/// Adds the preview's own parts to a page's bytes: the problems panel right after `<body…>`
/// and the reload script right before `</body>`. The rest of the page is left byte for byte.
enum PageInjection {
  static func inject(into page: Data, version: Int, problems: [Diagnostic]?) -> Data {
    var bytes = [UInt8](page)
    let script = Array(ReloadScript.tag(version: version).utf8)
    if let close = lastRange(of: Array("</body>".utf8), in: bytes) {
      bytes.insert(contentsOf: script + [10], at: close)
    } else {
      bytes += script
    }
    if let problems, let open = firstRange(of: Array("<body".utf8), in: bytes),
      let end = bytes[open...].firstIndex(of: UInt8(ascii: ">"))
    {
      bytes.insert(contentsOf: [10] + Array(ProblemsPage.panel(problems, lastGood: true).utf8), at: end + 1)
    }
    return Data(bytes)
  }

  private static func firstRange(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= needle.count else { return nil }
    for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
      if bytes[start..<start + needle.count].elementsEqual(needle) { return start }
    }
    return nil
  }

  private static func lastRange(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= needle.count else { return nil }
    for start in stride(from: bytes.count - needle.count, through: 0, by: -1) where bytes[start] == needle[0]
    {
      if bytes[start..<start + needle.count].elementsEqual(needle) { return start }
    }
    return nil
  }
}
