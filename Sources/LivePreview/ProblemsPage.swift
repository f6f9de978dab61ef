import ManualContent

/// The content's problems as the editor sees them in the browser: every `path:line:column`,
/// what is wrong and how to fix it, in Thai and in English. Shown as a page of its own, and
/// as a panel at the top of every page while the pages are those of the last clean content.
enum ProblemsPage {
  /// A whole page: what every page answers when there has never been a clean build.
  static func html(_ problems: [Diagnostic], version: Int) -> String {
    """
    <!DOCTYPE html>
    <html lang="th">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>เนื้อหามีข้อผิดพลาด – The content has errors</title>
    </head>
    <body style="margin:0;font-family:sans-serif">
    \(panel(problems, lastGood: false))
    \(ReloadScript.tag(version: version))
    </body>
    </html>

    """
  }

  /// The panel: errors first, then warnings, each with its place and its fix.
  static func panel(_ problems: [Diagnostic], lastGood: Bool) -> String {
    let errors = problems.filter { $0.severity == .error }
    let listed = errors + problems.filter { $0.severity != .error }
    let lead =
      lastGood
      ? """
      <p>หน้านี้ยังแสดงฉบับล่าสุดที่ถูกต้อง แก้ตามรายการด้านล่างแล้วบันทึกไฟล์ หน้าจะโหลดใหม่เอง<br>
      <span lang="en">This page still shows the last version without errors. Fix the files below and save: the page reloads by itself.</span></p>
      """
      : """
      <p>ยังสร้างหน้าเว็บไม่ได้ แก้ตามรายการด้านล่างแล้วบันทึกไฟล์ หน้าจะโหลดใหม่เอง<br>
      <span lang="en">No page can be built yet. Fix the files below and save: the page reloads by itself.</span></p>
      """
    let items = listed.map { problem in
      """
      <li style="margin:0 0 12px">
      <code style="font-weight:bold;background:#fff;color:#000;padding:1px 4px">\(escape(problem.location?.description ?? ""))</code> \(problem.severity == .error ? "ข้อผิดพลาด <span lang=\"en\">error</span>" : "คำเตือน <span lang=\"en\">warning</span>")<br>
      \(escape(problem.message.th)) — วิธีแก้: \(escape(problem.fix.th))<br>
      <span lang="en">\(escape(problem.message.en)) — fix: \(escape(problem.fix.en))</span>
      </li>
      """
    }
    return """
      <div id="guide-preview-problems" role="alert" style="background:#b10e1e;color:#fff;padding:16px 20px;font:16px/1.5 sans-serif;border-bottom:4px solid #000;position:relative;z-index:1000">
      <button type="button" onclick="this.parentNode.style.display='none'" style="float:right;font-size:16px">ปิด <span lang="en">Close</span></button>
      <h1 style="font-size:22px;margin:0 0 8px;color:#fff">เนื้อหามีข้อผิดพลาด \(errors.count) รายการ <span lang="en">— the content has \(errors.count) error\(errors.count == 1 ? "" : "s")</span></h1>
      \(lead)
      <ol style="margin:8px 0 0;padding-left:24px">
      \(items.joined(separator: "\n"))
      </ol>
      </div>
      """
  }

  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }
}
