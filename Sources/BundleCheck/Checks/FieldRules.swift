import ManualContent

/// The checks of one request field, chosen by the field's type in `fields.yaml`.
struct FieldRules {
  let manual: Manual
  let manifest: ManifestValue
  let procedure: Procedure
  let manifestName: String

  func value(_ fieldID: String) -> ManifestValue? { manifest.value(at: fieldID) }

  func help(_ fieldID: String) -> String {
    SitePaths.procedureInLanguage(
      procedure.id, anchor: procedure.step(explaining: fieldID)?.id ?? SitePaths.beforeAnchor)
  }

  func finding(_ rule: RuleID, _ field: FieldDefinition, line: Int?, _ values: [String: LocalizedText] = [:])
    -> Finding
  {
    var all = values
    all["label"] = all["label"] ?? field.label
    all["path"] = all["path"] ?? .same(field.id)
    return Finding(
      rule, path: field.id, file: manifestName, line: line ?? 1, values: all, help: help(field.id))
  }

  func check(_ field: FieldDefinition) -> [Finding] {
    let value = value(field.id)
    switch field.kind {
    case .text, .nationalID, .thaiPhone, .email:
      return checkText(field, value)
    case .choices:
      return checkChoices(field, value)
    case .assignment:
      return checkAssignment(field, value)
    }
  }

  private func checkText(_ field: FieldDefinition, _ value: ManifestValue?) -> [Finding] {
    guard let value else { return field.optional ? [] : [finding(RuleID.fieldMissing, field, line: nil)] }
    guard let text = value.text else {
      return [
        finding(
          RuleID.fieldType, field, line: value.line, ["expected": LocalizedText(th: "ข้อความ", en: "a text")])
      ]
    }
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      return field.optional ? [] : [finding(RuleID.fieldBlank, field, line: value.line)]
    }
    switch field.kind {
    case .nationalID:
      if case .failure(let problem) = NationalID.validate(text) {
        let detail: LocalizedText
        switch problem {
        case .wrongLength(let count):
          detail = LocalizedText(th: "มี \(count) หลัก ต้องมี 13 หลัก", en: "it has \(count) digits, not 13")
        case .notDigits:
          detail = LocalizedText(th: "มีอักขระที่ไม่ใช่ตัวเลข", en: "it has characters other than digits")
        case .checkDigit:
          detail = LocalizedText(
            th: "หลักสุดท้ายไม่ตรงกับ 12 หลักแรก", en: "the last digit does not match the first twelve")
        }
        return [
          finding(
            RuleID.officerNationalID, field, line: value.line,
            ["value": .same(NationalID.masked(text)), "detail": detail])
        ]
      }
    case .thaiPhone:
      if ThaiPhone.validate(text) == nil {
        return [finding(RuleID.contactPhone, field, line: value.line, ["value": .echo(text)])]
      }
    case .email:
      let parts = text.split(separator: "@", omittingEmptySubsequences: false)
      if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || text.contains(" ") {
        return [finding(RuleID.contactEmail, field, line: value.line, ["value": .echo(text)])]
      }
    default: break
    }
    return []
  }

  private func checkChoices(_ field: FieldDefinition, _ value: ManifestValue?) -> [Finding] {
    let list = field.choiceListID.flatMap(manual.choiceList)
    var items: [ManifestValue] = []
    switch value {
    case .none: break
    case .list(let list, _, _)?: items = list
    case let other?:
      return [
        finding(
          RuleID.fieldType, field, line: other.line,
          ["expected": LocalizedText(th: "รายการ เช่น [a, b]", en: "a list, like [a, b]")])
      ]
    }
    var findings: [Finding] = []
    let known = list?.items.map(\.id) ?? []
    for (index, item) in items.enumerated() {
      let id = item.text ?? ""
      guard !known.contains(id) else { continue }
      // A list the manual gives only in part cannot prove an unknown id wrong.
      let rule = list?.gap == nil ? RuleID.selectionUnknown : RuleID.selectionUnlisted
      var found = finding(
        rule, field, line: item.line,
        [
          "value": .echo(id), "expected": .same(known.isEmpty ? "—" : known.joined(separator: ", ")),
          "label": list?.title ?? field.label,
        ])
      found.path = "\(field.id)[\(index)]"
      findings.append(found)
    }
    let excused = field.unless.map { self.value($0) != nil } ?? false
    if items.count < field.minimum && !excused {
      if let other = field.unless {
        findings.append(
          finding(
            RuleID.selectionTooFewUnless, field, line: value?.line,
            ["expected": .same("\(field.minimum)"), "value": .same(other)]))
      } else if value == nil {
        findings.append(finding(RuleID.fieldMissing, field, line: nil))
      } else {
        findings.append(
          finding(RuleID.selectionTooFew, field, line: value?.line, ["expected": .same("\(field.minimum)")]))
      }
    }
    return findings
  }

  private func checkAssignment(_ field: FieldDefinition, _ value: ManifestValue?) -> [Finding] {
    guard let value else { return field.optional ? [] : [finding(RuleID.fieldMissing, field, line: nil)] }
    guard case .map = value else {
      return [
        finding(
          RuleID.fieldType, field, line: value.line,
          [
            "expected": LocalizedText(
              th: "ชุดของ `kind:` และ `unit:`", en: "a set of `kind:` and `unit:` lines")
          ])
      ]
    }
    let list = field.choiceListID.flatMap(manual.choiceList)
    let known = list?.items.map(\.id) ?? []
    var findings: [Finding] = []
    let kindID = value["kind"]?.text ?? ""
    guard let kind = list?.items.first(where: { $0.id == kindID }) else {
      var found = finding(
        RuleID.selectionUnknown, field, line: value["kind"]?.line ?? value.line,
        [
          "value": .echo(kindID), "expected": .same(known.joined(separator: ", ")),
          "label": list?.title ?? field.label,
        ])
      found.path = "\(field.id).kind"
      return [found]
    }
    let unit = value["unit"]?.text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    if kind.needsUnit && unit.isEmpty {
      var found = finding(RuleID.assignmentUnitMissing, field, line: value.line)
      found.path = "\(field.id).unit"
      findings.append(found)
    } else if !kind.needsUnit && value["unit"] != nil {
      var found = finding(RuleID.assignmentUnitUnexpected, field, line: value["unit"]?.line)
      found.path = "\(field.id).unit"
      findings.append(found)
    }
    if let station = value["second_station"], station.text != "true" && station.text != "false" {
      var found = finding(
        RuleID.fieldType, field, line: station.line,
        [
          "expected": LocalizedText(th: "true หรือ false", en: "true or false"),
          "label": LocalizedText(th: "การปฏิบัติหน้าที่ 2 สถานี", en: "Working at 2 stations"),
          "path": .same("\(field.id).second_station"),
        ])
      found.path = "\(field.id).second_station"
      findings.append(found)
    }
    return findings
  }
}
