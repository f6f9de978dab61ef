import Foundation
import ManualContent

/// What the `precheck` command does, as functions the tests can call too.
public enum Precheck {
  /// The content compiled into the binary, so that precheck works when copied anywhere alone.
  public static func embeddedManual() throws -> Manual {
    let files = EmbeddedContentFiles.files.mapValues { Data($0.utf8) }
    return try ManualLoader.load(from: EmbeddedContent(files: files))
  }

  /// The embedded files (by the EmbedContent build-tool plugin), for the test that they are exact.
  public static var embeddedFiles: [String: String] { EmbeddedContentFiles.files }

  /// Opens a bundle folder or `.zip`. Throws when nothing can be checked (exit status 2).
  /// The path is `stat`ed before anything opens it: a FIFO, socket or device given as the
  /// bundle is refused at once instead of blocking on open.
  public static func open(_ path: String) throws -> BundleSource {
    let url = URL(fileURLWithPath: path)
    var info = stat()
    // stat, not lstat: a link the officer gives as the bundle is followed, once, here.
    guard stat(url.path, &info) == 0 else {
      if errno == ENOENT || errno == ENOTDIR { throw BundleOpenError.notFound(path) }
      throw BundleOpenError.unreadable(path)
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      guard access(url.path, R_OK | X_OK) == 0 else { throw BundleOpenError.unreadable(path) }
      return try FolderBundle(root: url)
    case S_IFREG: break
    default: throw BundleOpenError.notAFolderOrZip(path)
    }
    let descriptor = Foundation.open(url.path, O_RDONLY | O_NONBLOCK)
    guard descriptor >= 0 else { throw BundleOpenError.unreadable(path) }
    var magic = [UInt8](repeating: 0, count: 4)
    let count = magic.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, 4) }
    var opened = stat()
    let regular = fstat(descriptor, &opened) == 0 && opened.st_mode & S_IFMT == S_IFREG
    close(descriptor)
    guard regular, count == 4, magic == [0x50, 0x4B, 0x03, 0x04] || magic == [0x50, 0x4B, 0x05, 0x06] else {
      throw BundleOpenError.notAFolderOrZip(path)
    }
    return try ZipBundle(url: url)
  }

  /// A ready-to-fill `request.yaml` for a procedure, commented in Thai and English.
  public static func template(for procedure: Procedure, in manual: Manual) -> String {
    var lines = [
      "# \(procedure.title.th)",
      "# \(ReportWords.plain(procedure.title.en))",
      "# กรอกข้อมูลแล้วตรวจด้วย: precheck <โฟลเดอร์นี้> / Fill this in, then run: precheck <this folder>",
      "bundle: 1",
      "procedure: \(procedure.id)",
    ]
    var group: String? = nil
    for fieldID in procedure.fieldIDs {
      guard let field = manual.field(fieldID) else { continue }
      let parts = fieldID.split(separator: ".").map(String.init)
      if parts.count == 2, parts[0] != group {
        group = parts[0]
        lines.append("\(parts[0]):")
      } else if parts.count == 1 {
        group = nil
      }
      let indent = parts.count == 2 ? "  " : ""
      let name = parts.last!
      lines.append("\(indent)# \(field.label.th) / \(ReportWords.plain(field.label.en))")
      switch field.kind {
      case .choices:
        let list = field.choiceListID.flatMap(manual.choiceList)
        let ids = list?.items.map(\.id).joined(separator: ", ") ?? ""
        lines.append("\(indent)# ตัวเลือก / choose from: \(ids.isEmpty ? "—" : ids)")
        lines.append("\(indent)\(name): []")
      case .assignment:
        lines.append("\(indent)# kind: secondment (ขอช่วยราชการหน่วยอื่น, ต้องมี unit) | return (ขอย้ายกลับสังกัดเดิม)")
        lines.append("\(indent)# \(name):")
        lines.append("\(indent)#   kind: secondment")
        lines.append("\(indent)#   unit: ")
        lines.append("\(indent)#   second_station: false")
      default:
        lines.append("\(indent)\(name): \"\"")
      }
    }
    let roles = procedure.attachmentRoleIDs.compactMap(manual.attachmentRole)
    if roles.isEmpty {
      lines.append("attachments: []")
    } else {
      let types = FileType.listed(
        FileType.allCases.filter { type in roles.contains { $0.fileTypes.contains(type) } })
      lines.append("# ไฟล์ \(types.th) ในโฟลเดอร์นี้ / \(types.en) files in this folder")
      lines.append("attachments:")
      for role in roles {
        lines.append("  # \(role.title.th) / \(ReportWords.plain(role.title.en))")
        lines.append("  - file: \(role.id).\((role.fileTypes.first ?? .pdf).fileExtension)")
        lines.append("    role: \(role.id)")
        for declarationID in role.declarationIDs {
          let label = manual.declaration(declarationID)?.label
          lines.append(
            "    # \(label?.th ?? declarationID) / \(ReportWords.plain(label?.en ?? "")) — true เมื่อเป็นจริง / true when it is"
          )
          lines.append("    \(declarationID): false")
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `precheck rules`: every rule with its id, severity, words and help link.
  public static func rulesListing(_ manual: Manual, procedure: Procedure?) -> String {
    var lines: [String] = []
    for id in RuleID.allCases {
      guard let rule = manual.rule(id.rawValue) else { continue }
      lines.append("\(rule.id) (\(rule.severity.rawValue))")
      lines.append("  \(ReportWords.plain(rule.message.en)) — \(ReportWords.plain(rule.fix.en))")
      lines.append("  \(ReportWords.plain(rule.message.th)) — \(ReportWords.plain(rule.fix.th))")
    }
    for procedure in procedure.map({ [$0] }) ?? manual.procedures {
      for note in procedure.allNotes {
        lines.append("advice.\(note.id) (info) — \(procedure.id)")
        lines.append("  \(ReportWords.plain(note.text.en))")
        lines.append("  \(ReportWords.plain(note.text.th))")
        lines.append(
          "  help: site/\(SitePaths.procedure(procedure.id, .en, anchor: SitePaths.noteAnchor(note.id)))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
