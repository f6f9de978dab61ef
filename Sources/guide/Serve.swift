import ArgumentParser
import Foundation
import LivePreview

/// `guide serve`: the live preview for the people who edit `content/`. It builds in memory
/// (it never writes `site/`), serves on this computer only unless told otherwise, and
/// reloads the open page after every save.
struct Serve: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Preview the site while you edit the content: every save reloads the page in the browser.",
    discussion: """
      Open the address it prints in a browser. Problems in the content are listed on the page, with the \
      file, line and column and how to fix them; the last good pages stay until they are fixed. \
      Nothing is written to disk. Ctrl-C stops it.
      """)

  @OptionGroup var content: ContentOptions

  @Option(help: "The port to serve on (0: any free port).")
  var port: Int = 8000

  @Option(
    help: """
      The address to listen on. The default, 127.0.0.1, is this computer only; \
      any other address (e.g. 0.0.0.0) lets others on the network see the preview.
      """)
  var host: String = "127.0.0.1"

  func run() throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: content.url.path, isDirectory: &isFolder), isFolder.boolValue
    else {
      FileHandle.standardError.write(
        Data(
          """
          error: the content folder \(content.content) does not exist.
              fix: run guide serve in the project folder (the one holding content/), or name the folder: guide serve --content path/to/content
              ไทย: ไม่พบโฟลเดอร์เนื้อหา \(content.content) — วิธีแก้: เรียก guide serve ในโฟลเดอร์โครงการ (ที่มีโฟลเดอร์ content/) หรือระบุโฟลเดอร์: guide serve --content path/to/content

          """.utf8))
      throw ExitCode.failure
    }
    guard let port = UInt16(exactly: port) else {
      FileHandle.standardError.write(
        Data(
          "error: --port \(port) is not a port number.\n    fix: give a number from 1 to 65535, e.g. --port 8000\n    ไทย: --port \(port) ไม่ใช่หมายเลขพอร์ต — วิธีแก้: ใส่ตัวเลข 1 ถึง 65535 เช่น --port 8000\n"
            .utf8))
      throw ExitCode.failure
    }
    let address = host == "localhost" ? "127.0.0.1" : host
    if !["127.0.0.1", "::1"].contains(address) {
      FileHandle.standardError.write(
        Data(
          """
          warning: the preview listens on \(address): other computers on the network can see it, drafts and all.
              Leave out --host to keep it on this computer only.
              ไทย: หน้าตัวอย่างเปิดที่ \(address) เครื่องอื่นในเครือข่ายจะเห็นได้ รวมทั้งเนื้อหาที่ยังไม่เสร็จ — ถ้าไม่ต้องการ ให้ไม่ใส่ --host

          """.utf8))
    }
    let code = PreviewSession.run(.init(contentDirectory: content.url, host: address, port: port))
    if code != 0 { throw ExitCode(code) }
  }
}
