import ManualContent

/// The `attachments:` list: each item's role, declarations and file, and the roles the
/// procedure requires that no item gives.
struct AttachmentChecks {
  let context: CheckContext
  let procedure: Procedure

  var manual: Manual { context.manual }
  var manifestName: String { context.manifestName }

  func run(_ value: ManifestValue?) {
    var attachedRoles: Set<String> = []
    var items: [ManifestValue] = []
    switch value {
    case .none: break
    case .list(let list, _, _)?: items = list
    case let other?:
      context.add(
        typeFinding(
          path: "attachments", label: LocalizedText(th: "รายการเอกสารแนบ", en: "The attachments list"),
          expected: LocalizedText(th: "รายการ (บรรทัดที่ขึ้นต้นด้วย -)", en: "a list (lines starting with -)"),
          line: other.line))
    }
    for (index, item) in items.enumerated() {
      if let role = check(item, path: "attachments[\(index)]") { attachedRoles.insert(role) }
    }
    for roleID in procedure.attachmentRoleIDs where !attachedRoles.contains(roleID) {
      guard let role = manual.attachmentRole(roleID) else { continue }
      context.add(
        Finding(
          RuleID.attachmentMissing, path: "attachments", file: manifestName, line: value?.line,
          values: ["label": role.title, "value": .same(roleID)], help: help(role: roleID)))
    }
  }

  /// Checks one item; returns its role when it is one the procedure asks for.
  private func check(_ item: ManifestValue, path: String) -> String? {
    guard case .map(let pairs, _, _) = item else {
      context.add(
        typeFinding(
          path: path, label: LocalizedText(th: "เอกสารแนบ", en: "An attachment"),
          expected: LocalizedText(th: "ชุดของ `file:` และ `role:`", en: "a set of `file:` and `role:` lines"),
          line: item.line))
      return nil
    }
    let roleID = item[BundleSpec.attachmentRoleKey]?.text
    let role = roleID.flatMap(manual.attachmentRole)
    var attached: String? = nil
    if let roleID, role != nil, procedure.attachmentRoleIDs.contains(roleID) {
      attached = roleID
    } else {
      context.add(
        Finding(
          RuleID.attachmentRoleUnknown, path: "\(path).role", file: manifestName,
          line: item[BundleSpec.attachmentRoleKey]?.line ?? item.line,
          values: [
            "value": .echo(roleID ?? ""),
            "expected": .same(procedure.attachmentRoleIDs.joined(separator: ", ")),
          ],
          help: help(role: roleID)))
    }
    let allowed =
      [BundleSpec.attachmentFileKey, BundleSpec.attachmentRoleKey]
      + (role?.declarationIDs ?? manual.declarations.map(\.id))
    for pair in pairs where !allowed.contains(pair.key) {
      let finding = ManifestChecks(context: context).unknownField(
        pair.key, in: path, line: pair.value.line, expected: allowed)
      context.add(finding)
    }
    FileContentChecks(context: context, help: help(role: role?.id)).check(item, path: path, role: role)
    for declarationID in role?.declarationIDs ?? [] where item[declarationID]?.text != "true" {
      let declaration = manual.declaration(declarationID)
      context.add(
        Finding(
          RuleID.declarationMissing, path: "\(path).\(declarationID)",
          file: item[BundleSpec.attachmentFileKey]?.text.map(Echo.value),
          line: item[declarationID]?.line ?? item.line,
          values: [
            "label": role!.title, "expected": declaration?.label ?? .same(declarationID),
            "value": .same(declarationID),
          ],
          help: help(role: role?.id)))
    }
    return attached
  }

  func help(role: String?) -> String {
    let step = role.flatMap { procedure.step(attaching: $0) }
    return SitePaths.procedureInLanguage(procedure.id, anchor: step?.id ?? SitePaths.beforeAnchor)
  }

  func typeFinding(path: String, label: LocalizedText, expected: LocalizedText, line: Int) -> Finding {
    Finding(
      RuleID.fieldType, path: path, file: manifestName, line: line,
      values: ["label": label, "expected": expected, "path": .same(path)])
  }
}
