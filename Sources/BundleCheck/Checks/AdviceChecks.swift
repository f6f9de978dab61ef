import ManualContent

/// What the manifest leaves out (files in the bundle it does not name) and what the manual
/// advises for this request.
struct AdviceChecks {
  let context: CheckContext

  func checkUnlistedFiles() {
    for entry in context.bundle.entries where entry.kind != .folder {
      guard !context.namedFiles.contains(CheckContext.key(entry.path)) else { continue }
      context.add(
        Finding(RuleID.bundleUnlistedFile, file: Echo.value(entry.path), values: ["file": .echo(entry.path)]))
    }
  }

  /// The manual's notes become advice where they apply to this request.
  func addAdvice(_ manifest: ManifestValue, procedure: Procedure) {
    for note in procedure.allNotes where applies(note.condition, to: manifest) {
      context.add(
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
}
