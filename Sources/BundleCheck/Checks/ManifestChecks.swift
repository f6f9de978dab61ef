import ManualContent

/// Finds, reads and checks the manifest: that it parses, its version, its procedure, and
/// that it holds no field the procedure does not use. Returns the manifest when the checks of
/// its fields and attachments can go on.
struct ManifestChecks {
  let context: CheckContext

  var manifestName: String { context.manifestName }

  func read() -> ManifestValue? {
    let names = Set(context.bundle.entries.filter { !$0.path.contains("/") }.map(\.path))
    let present = BundleSpec.manifestNames.filter(names.contains)
    guard let name = present.first else {
      context.add(
        Finding(.manifestMissing, file: BundleSpec.defaultManifestName, help: SitePaths.homeInLanguage))
      return nil
    }
    context.manifestName = name
    context.namedFiles.insert(name)
    if present.count > 1 {
      context.namedFiles.insert(present[1])
      context.add(Finding(.manifestAmbiguous, file: present[1]))
    }
    guard let entry = context.entry(named: name), entry.kind == .file else {
      context.add(Finding(RuleID.attachmentNotRegular, file: name, values: ["file": .same(name)]))
      return nil
    }
    // A manifest of gigabytes is refused by its size, before a byte of it is read.
    if entry.size > ManifestReader.maximumBytes {
      context.add(describe(.tooLarge(bytes: entry.size, limit: ManifestReader.maximumBytes)))
      return nil
    }
    let bytes: [UInt8]
    do {
      bytes = try context.bundle.read(entry.path, limit: ManifestReader.maximumBytes + 1)
    } catch let error as BundleReadError {
      context.add(unreadable(error.words, line: nil))
      return nil
    } catch {
      context.add(unreadable(BundleReadError.unreadable.words, line: nil))
      return nil
    }
    switch ManifestReader.read(bytes) {
    case .failure(let problem):
      context.add(describe(problem))
      return nil
    case .success(let manifest):
      return checkTopLevel(manifest)
    }
  }

  func unreadable(_ detail: LocalizedText, line: Int?) -> Finding {
    Finding(
      RuleID.manifestUnreadable, file: manifestName, line: line,
      values: ["file": .same(manifestName), "detail": detail])
  }

  /// A problem in our own words, with its line and column; never the manifest's text.
  func describe(_ problem: ManifestReadProblem) -> Finding {
    func at(_ line: Int, _ column: Int, _ th: String, _ en: String) -> Finding {
      unreadable(
        LocalizedText(
          th: "บรรทัด \(line) คอลัมน์ \(column): \(th)", en: "line \(line), column \(column): \(en)"),
        line: line)
    }
    switch problem {
    case .tooLarge(let bytes, let limit):
      return unreadable(
        LocalizedText(
          th: "ไฟล์มีขนาด \(bytes) ไบต์ เกินขีดจำกัด \(limit) ไบต์",
          en: "it is \(bytes) bytes, over the \(limit) a request needs"), line: nil)
    case .notUTF8:
      return unreadable(
        LocalizedText(th: "ไม่ได้บันทึกเป็นข้อความ UTF-8", en: "it is not saved as UTF-8 text"), line: nil)
    case .otherEncoding(let name):
      return unreadable(
        LocalizedText(
          th: "บันทึกเป็นรหัส \(name) ให้บันทึกใหม่เป็น UTF-8", en: "it is saved as \(name); save it as UTF-8"),
        line: nil)
    case .syntax(let kind, let line, let column):
      return at(line, column, kind.words.th, kind.words.en)
    case .empty:
      return unreadable(LocalizedText(th: "ไฟล์ว่างเปล่า", en: "it is empty"), line: nil)
    case .aliasOrAnchor(let line, let column):
      return at(
        line, column, "ห้ามใช้ anchor และ alias ของ YAML (& และ * ที่ขึ้นต้นค่า)",
        "YAML anchors and aliases (& and * starting a value) are not allowed")
    case .tag(let line, let column):
      return at(
        line, column, "ห้ามใช้ tag ของ YAML (! ที่ขึ้นต้นค่า) ถ้าเป็นข้อความให้ใส่เครื่องหมายคำพูด",
        "YAML tags (! starting a value) are not allowed; put text in quotes")
    case .tooDeep(let line, let column, let limit):
      return at(
        line, column, "ซ้อนกันลึกเกิน \(limit) ชั้น (ขีดจำกัด)",
        "it is nested more than \(limit) levels deep (the limit)")
    case .tooManyValues(let line, let limit):
      return at(
        line, 1, "มีค่ามากกว่า \(limit) ค่า (ขีดจำกัด)", "it holds more than \(limit) values (the limit)")
    case .duplicateKey(let name, let line, let column, let first):
      let shown = name.map { "`\($0)`" } ?? ""
      return at(
        line, column, "ชื่อ \(shown) ซ้ำ ใช้ไปแล้วที่บรรทัด \(first)",
        "duplicate key \(shown.isEmpty ? "" : shown + " ")(first at line \(first))")
    case .complexKey(let line, let column):
      return at(
        line, column, "ชื่อหน้า : ต้องเป็นข้อความ ไม่ใช่รายการ", "a name before : must be text, not a list or group")
    case .multipleDocuments(let line):
      return at(line, 1, "มีเอกสาร YAML มากกว่าหนึ่งชุด (---)", "it holds more than one YAML document (---)")
    }
  }

  private func checkTopLevel(_ manifest: ManifestValue) -> ManifestValue? {
    guard case .map(let pairs, _, _) = manifest else {
      context.add(
        unreadable(
          LocalizedText(th: "ไม่ได้เขียนเป็นบรรทัด `ชื่อ: ค่า`", en: "it is not a set of `name: value` lines"),
          line: manifest.line))
      return nil
    }
    if manifest[BundleSpec.versionKey]?.text != BundleSpec.version {
      context.add(
        Finding(
          RuleID.manifestVersion, path: BundleSpec.versionKey, file: manifestName,
          line: manifest[BundleSpec.versionKey]?.line ?? 1))
    }
    let procedureIDs = context.manual.procedures.map(\.id)
    guard let id = manifest[BundleSpec.procedureKey]?.text, let procedure = context.manual.procedure(id)
    else {
      context.add(
        Finding(
          RuleID.manifestProcedure, path: BundleSpec.procedureKey, file: manifestName,
          line: manifest[BundleSpec.procedureKey]?.line ?? 1,
          values: [
            "value": .echo(manifest[BundleSpec.procedureKey]?.text ?? ""),
            "expected": .same(procedureIDs.joined(separator: ", ")),
          ]))
      return nil
    }
    context.procedure = procedure
    checkUnknownFields(pairs, procedure: procedure)
    return manifest
  }

  /// Top-level names and the names inside groups (`officer.rank`) this procedure uses.
  private func checkUnknownFields(_ pairs: [(key: String, value: ManifestValue)], procedure: Procedure) {
    let paths = procedure.fieldIDs
    let topLevel = Set(
      BundleSpec.reservedKeys + paths.map { String($0.split(separator: ".")[0]) })
    for pair in pairs {
      if !topLevel.contains(pair.key) {
        context.add(unknownField(pair.key, line: pair.value.line, expected: topLevel.sorted()))
        continue
      }
      let inside = paths.filter { $0.hasPrefix(pair.key + ".") }.map {
        String($0.dropFirst(pair.key.count + 1))
      }
      guard !inside.isEmpty, case .map(let members, _, _) = pair.value else { continue }
      for member in members where !inside.contains(member.key) {
        context.add(
          unknownField(member.key, in: pair.key, line: member.value.line, expected: inside))
      }
    }
  }

  /// The name as written when it looks like a field name; otherwise only its place, so that a
  /// national ID written where a name goes is not repeated.
  func unknownField(_ key: String, in group: String? = nil, line: Int, expected: [String]) -> Finding {
    let name = Echo.fieldName(key) ?? "?"
    let path = group.map { "\($0).\(name)" } ?? name
    return Finding(
      RuleID.manifestUnknownField, path: path, file: manifestName, line: line,
      values: ["path": .same(path), "expected": .same(expected.joined(separator: ", "))])
  }
}
