import Foundation
import ManualContent

/// Checks one bundle against the rules the content defines, and collects every finding in one
/// run. What a procedure requires is read from the content, never written here.
public struct BundleChecker {
  public let manual: Manual

  public init(manual: Manual) { self.manual = manual }

  /// The rules this checker can report, besides `advice.<note id>`: `RuleID`, which the
  /// content loader checks against rules.yaml in both directions.
  public static var ruleIDs: [String] { RuleID.allCases.map(\.rawValue) }

  public func check(_ bundle: BundleSource) -> BundleReport {
    var run = Run(manual: manual, bundle: bundle)
    run.findings += bundle.openingFindings
    run.checkAll()
    return BundleReport(
      procedureID: run.procedure?.id, manifestName: run.manifestName, findings: run.sorted())
  }
}

/// The state of one check: the findings so far, and what the manifest said.
private struct Run {
  let manual: Manual
  let bundle: BundleSource
  var findings: [Finding] = []
  var procedure: Procedure?
  var manifestName = BundleSpec.defaultManifestName
  /// Files the manifest names, so that the others can be reported as not sent.
  var namedFiles: Set<String> = []

  init(manual: Manual, bundle: BundleSource) {
    self.manual = manual
    self.bundle = bundle
  }

  func severity(_ finding: Finding) -> BundleRule.Severity {
    if finding.advice != nil { return .info }
    return manual.rule(finding.ruleID)?.severity ?? .error
  }

  func sorted() -> [Finding] {
    findings.enumerated().sorted {
      (severity($0.element), $0.offset) < (severity($1.element), $1.offset)
    }.map(\.element)
  }

  mutating func add(_ finding: Finding) { findings.append(finding) }

  // MARK: manifest

  mutating func checkAll() {
    let names = Set(bundle.entries.filter { !$0.path.contains("/") }.map(\.path))
    let present = BundleSpec.manifestNames.filter(names.contains)
    guard let name = present.first else {
      add(Finding(.manifestMissing, file: BundleSpec.defaultManifestName, help: SitePaths.homeInLanguage))
      return
    }
    manifestName = name
    namedFiles.insert(name)
    if present.count > 1 {
      namedFiles.insert(present[1])
      add(Finding(.manifestAmbiguous, file: present[1]))
    }
    guard let entry = bundle.entries.first(where: { $0.path == name }), entry.kind == .file else {
      add(Finding(.attachmentNotRegular, file: name))
      return
    }
    // A manifest of gigabytes is refused by its size, before a byte of it is read.
    if entry.size > ManifestReader.maximumBytes {
      add(describe(.tooLarge(bytes: entry.size, limit: ManifestReader.maximumBytes)))
      return
    }
    let bytes: [UInt8]
    do {
      bytes = try bundle.read(name, limit: ManifestReader.maximumBytes + 1)
    } catch {
      add(unreadable("it cannot be read", "อ่านไฟล์ไม่ได้", line: nil))
      return
    }
    switch ManifestReader.read(bytes) {
    case .failure(let problem):
      add(describe(problem))
    case .success(let manifest):
      checkManifest(manifest)
    }
  }

  func unreadable(_ en: String, _ th: String, line: Int?) -> Finding {
    Finding(
      .manifestUnreadable, file: manifestName, line: line,
      values: [
        "file": .same(manifestName), "detail": LocalizedText(th: th, en: en),
      ])
  }

  func describe(_ problem: ManifestReadProblem) -> Finding {
    switch problem {
    case .tooLarge(let bytes, let limit):
      return unreadable(
        "it is \(bytes) bytes, over the \(limit) a request needs", "ไฟล์ใหญ่เกินไป (\(bytes) ไบต์)", line: nil)
    case .notUTF8:
      return unreadable("it is not saved as UTF-8 text", "ไม่ได้บันทึกเป็นข้อความ UTF-8", line: nil)
    case .syntax(let message, let line, let column):
      return unreadable(
        "line \(line), column \(column): \(message)", "บรรทัด \(line) คอลัมน์ \(column): \(message)", line: line)
    case .empty:
      return unreadable("it is empty", "ไฟล์ว่างเปล่า", line: nil)
    case .aliasOrAnchor(let line, let column):
      return unreadable(
        "line \(line), column \(column): YAML anchors and aliases (& and *) are not allowed",
        "บรรทัด \(line) คอลัมน์ \(column): ห้ามใช้ anchor และ alias ของ YAML (& และ *)", line: line)
    case .tooDeep(let line, _):
      return unreadable("line \(line): it is nested too deeply", "บรรทัด \(line): ซ้อนกันลึกเกินไป", line: line)
    }
  }

  mutating func checkManifest(_ manifest: ManifestValue) {
    guard case .map(let pairs, _, _) = manifest else {
      add(
        unreadable("it is not a set of `name: value` lines", "ไม่ได้เขียนเป็นบรรทัด `ชื่อ: ค่า`", line: manifest.line)
      )
      return
    }
    let versionKey = BundleSpec.versionKey
    if manifest[versionKey]?.text != BundleSpec.version {
      add(
        Finding(.manifestVersion, path: versionKey, file: manifestName, line: manifest[versionKey]?.line ?? 1))
    }
    let procedureIDs = manual.procedures.map(\.id)
    let procedureKey = BundleSpec.procedureKey
    guard let id = manifest[procedureKey]?.text, let procedure = manual.procedure(id) else {
      add(
        Finding(
          .manifestProcedure, path: procedureKey, file: manifestName, line: manifest[procedureKey]?.line ?? 1,
          values: [
            "value": .same(manifest[procedureKey]?.text ?? ""),
            "expected": .same(procedureIDs.joined(separator: ", ")),
          ]))
      return
    }
    self.procedure = procedure
    checkUnknownFields(pairs, procedure: procedure)
    for fieldID in procedure.fieldIDs {
      guard let field = manual.field(fieldID) else { continue }
      FieldRules(manual: manual, manifest: manifest, procedure: procedure, manifestName: manifestName)
        .check(field).forEach { add($0) }
    }
    checkAttachments(manifest[BundleSpec.attachmentsKey], procedure: procedure)
    checkUnlistedFiles()
    addAdvice(manifest, procedure: procedure)
  }

  /// Top-level names and the names inside groups (`officer.rank`) this procedure uses.
  mutating func checkUnknownFields(_ pairs: [(key: String, value: ManifestValue)], procedure: Procedure) {
    let paths = procedure.fieldIDs
    let topLevel = Set(
      BundleSpec.reservedKeys + paths.map { String($0.split(separator: ".")[0]) })
    for pair in pairs {
      if !topLevel.contains(pair.key) {
        add(unknownField(pair.key, line: pair.value.line, expected: topLevel.sorted()))
        continue
      }
      let inside = paths.filter { $0.hasPrefix(pair.key + ".") }.map {
        String($0.dropFirst(pair.key.count + 1))
      }
      guard !inside.isEmpty, case .map(let members, _, _) = pair.value else { continue }
      for member in members where !inside.contains(member.key) {
        add(unknownField("\(pair.key).\(member.key)", line: member.value.line, expected: inside))
      }
    }
  }

  func unknownField(_ path: String, line: Int, expected: [String]) -> Finding {
    Finding(
      .manifestUnknownField, path: path, file: manifestName, line: line,
      values: ["path": .same(path), "expected": .same(expected.joined(separator: ", "))])
  }

  // MARK: attachments

  mutating func checkAttachments(_ value: ManifestValue?, procedure: Procedure) {
    var attachedRoles: Set<String> = []
    var items: [ManifestValue] = []
    switch value {
    case .none: break
    case .list(let list, _, _)?: items = list
    case let other?:
      add(
        typeFinding(
          path: "attachments", label: LocalizedText(th: "รายการเอกสารแนบ", en: "The attachments list"),
          expected: LocalizedText(th: "รายการ (บรรทัดที่ขึ้นต้นด้วย -)", en: "a list (lines starting with -)"),
          line: other.line))
    }
    for (index, item) in items.enumerated() {
      let path = "attachments[\(index)]"
      guard case .map(let pairs, _, _) = item else {
        add(
          typeFinding(
            path: path, label: LocalizedText(th: "เอกสารแนบ", en: "An attachment"),
            expected: LocalizedText(
              th: "ชุดของ `file:` และ `role:`", en: "a set of `file:` and `role:` lines"), line: item.line))
        continue
      }
      let roleID = item[BundleSpec.attachmentRoleKey]?.text
      let role = roleID.flatMap(manual.attachmentRole)
      if let roleID, role != nil, procedure.attachmentRoleIDs.contains(roleID) {
        attachedRoles.insert(roleID)
      } else {
        add(
          Finding(
            .attachmentRoleUnknown, path: "\(path).role", file: manifestName,
            line: item[BundleSpec.attachmentRoleKey]?.line ?? item.line,
            values: [
              "value": .same(roleID ?? ""),
              "expected": .same(procedure.attachmentRoleIDs.joined(separator: ", ")),
            ],
            help: help(role: roleID, procedure)))
      }
      let allowed = [BundleSpec.attachmentFileKey, BundleSpec.attachmentRoleKey] + (role?.declarationIDs ?? manual.declarations.map(\.id))
      for pair in pairs where !allowed.contains(pair.key) {
        add(unknownField("\(path).\(pair.key)", line: pair.value.line, expected: allowed))
      }
      checkAttachmentFile(item, path: path, role: role, procedure: procedure)
      for declarationID in role?.declarationIDs ?? [] where item[declarationID]?.text != "true" {
        let declaration = manual.declaration(declarationID)
        add(
          Finding(
            .declarationMissing, path: "\(path).\(declarationID)", file: item[BundleSpec.attachmentFileKey]?.text,
            line: item[declarationID]?.line ?? item.line,
            values: [
              "label": role!.title, "expected": declaration?.label ?? .same(declarationID),
              "value": .same(declarationID),
            ],
            help: help(role: role?.id, procedure)))
      }
    }
    for roleID in procedure.attachmentRoleIDs where !attachedRoles.contains(roleID) {
      guard let role = manual.attachmentRole(roleID) else { continue }
      add(
        Finding(
          .attachmentMissing, path: "attachments", file: manifestName, line: value?.line,
          values: ["label": role.title, "value": .same(roleID)], help: help(role: roleID, procedure)))
    }
  }

  mutating func checkAttachmentFile(
    _ item: ManifestValue, path: String, role: AttachmentRole?, procedure: Procedure
  ) {
    let filePath = "\(path).file"
    let line = item[BundleSpec.attachmentFileKey]?.line ?? item.line
    let helpLink = help(role: role?.id, procedure)
    guard let name = item[BundleSpec.attachmentFileKey]?.text, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
      add(
        Finding(
          .fieldMissing, path: filePath, file: manifestName, line: line,
          values: ["label": LocalizedText(th: "ชื่อไฟล์", en: "The file name"), "path": .same(filePath)],
          help: helpLink))
      return
    }
    func finding(_ rule: RuleID, _ values: [String: LocalizedText] = [:]) -> Finding {
      var all = values
      all["file"] = .same(name)
      return Finding(rule, path: filePath, file: name, line: line, values: all, help: helpLink)
    }
    guard BundlePath.staysInside(name) else { return add(finding(.attachmentPathOutside)) }
    namedFiles.insert(name)
    guard let entry = bundle.entries.first(where: { $0.path == name }) else {
      return add(finding(.attachmentFileMissing))
    }
    guard entry.kind == .file else { return add(finding(.attachmentNotRegular)) }
    let types = role?.fileTypes ?? FileType.allCases
    let ext = (name as NSString).pathExtension.lowercased()
    guard let type = FileType(fileExtension: ext), types.contains(type) else {
      return add(finding(.attachmentExtension, ["expected": FileType.listed(types)]))
    }
    let expected = FileKind(type)
    guard entry.size > 0 else { return add(finding(.attachmentEmpty)) }
    let bytes: [UInt8]
    do {
      bytes = try bundle.read(name, limit: BundleLimits.maximumFileBytes)
    } catch {
      return add(
        finding(
          .attachmentUnreadable,
          [
            "detail": LocalizedText(
              th: "อ่านไม่ได้ หรือใหญ่เกิน \(BundleLimits.maximumFileBytes / 1_048_576) MiB",
              en: "unreadable, or over \(BundleLimits.maximumFileBytes / 1_048_576) MiB")
          ]))
    }
    let kind = FileKind(sniffing: bytes)
    guard kind == expected else {
      if kind == .empty { return add(finding(.attachmentEmpty)) }
      return add(
        finding(
          .attachmentTypeMismatch,
          [
            "expected": .same(".\(ext)"),
            "detail": LocalizedText(th: kind.description.th, en: kind.description.en),
          ]))
    }
    switch expected {
    case .pdf:
      switch PDFInspector.inspect(bytes) {
      case .good: break
      case .needsPassword: add(finding(.attachmentPDFPassword))
      case .damaged(let detail): add(finding(.attachmentPDFDamaged, ["detail": .same(detail)]))
      case .warnings(let detail): add(finding(.attachmentPDFWarning, ["detail": .same(detail)]))
      }
    case .jpeg:
      if case .damaged(let detail) = JPEGInspector.inspect(bytes) {
        add(finding(.attachmentJPEGDamaged, ["detail": .same(detail)]))
      }
    default: break
    }
  }

  mutating func checkUnlistedFiles() {
    for entry in bundle.entries where entry.kind != .folder && !namedFiles.contains(entry.path) {
      add(Finding(.bundleUnlistedFile, file: entry.path, values: ["file": .same(entry.path)]))
    }
  }

  // MARK: advice and help

  /// The manual's notes become advice where they apply to this request.
  mutating func addAdvice(_ manifest: ManifestValue, procedure: Procedure) {
    for note in procedure.allNotes where applies(note.condition, to: manifest) {
      add(
        Finding(
          adviceOf: note,
          help: SitePaths.procedureInLanguage(procedure.id, anchor: SitePaths.noteAnchor(note.id))))
    }
  }

  func applies(_ condition: Condition?, to manifest: ManifestValue) -> Bool {
    guard let condition else { return true }
    let value = manifest.value(at: condition.fieldID)
    switch condition.test {
    case .isTrue: return value?.text == "true"
    case .includes(let id):
      if case .list(let items, _, _)? = value { return items.contains { $0.text == id } }
      return false
    }
  }

  func help(role: String?, _ procedure: Procedure) -> String {
    let step = role.flatMap { procedure.step(attaching: $0) }
    return SitePaths.procedureInLanguage(procedure.id, anchor: step?.id ?? SitePaths.beforeAnchor)
  }

  func typeFinding(path: String, label: LocalizedText, expected: LocalizedText, line: Int) -> Finding {
    Finding(
      .fieldType, path: path, file: manifestName, line: line,
      values: ["label": label, "expected": expected, "path": .same(path)])
  }
}
