import Foundation
import ManualContent

/// One attachment's file: it is named, stays inside the bundle, exists, is a regular file of
/// an allowed type, and its bytes are what its name says and open (qpdf, TurboJPEG). Each
/// file is read and decoded once, however often the manifest names it.
struct FileContentChecks {
  let context: CheckContext
  let help: String

  func check(_ item: ManifestValue, path: String, role: AttachmentRole?) {
    let filePath = "\(path).file"
    let line = item[BundleSpec.attachmentFileKey]?.line ?? item.line
    guard let written = item[BundleSpec.attachmentFileKey]?.text,
      !written.trimmingCharacters(in: .whitespaces).isEmpty
    else {
      context.add(
        Finding(
          RuleID.fieldMissing, path: filePath, file: context.manifestName, line: line,
          values: ["label": LocalizedText(th: "ชื่อไฟล์", en: "The file name"), "path": .same(filePath)],
          help: help))
      return
    }
    let name = BundlePath.normalized(written)
    func finding(_ rule: RuleID, _ values: [String: LocalizedText] = [:]) -> Finding {
      var all = values
      all["file"] = .echo(name)
      return Finding(rule, path: filePath, file: Echo.value(name), line: line, values: all, help: help)
    }
    guard BundlePath.staysInside(written), !name.isEmpty else {
      return context.add(finding(RuleID.attachmentPathOutside))
    }
    guard let entry = context.entry(named: name) else {
      return context.add(finding(RuleID.attachmentFileMissing))
    }
    let key = CheckContext.key(entry.path)
    context.namedFiles.insert(key)
    if context.checkedFiles[key] != nil {
      return context.add(finding(RuleID.attachmentListedTwice))
    }
    context.checkedFiles[key] = []
    guard entry.kind == .file else { return context.add(finding(RuleID.attachmentNotRegular)) }
    let types = role?.fileTypes ?? FileType.allCases
    let ext = (name as NSString).pathExtension.lowercased()
    guard let type = FileType(fileExtension: ext), types.contains(type) else {
      return context.add(finding(.attachmentExtension, ["expected": FileType.listed(types)]))
    }
    let expected = FileKind(type)
    guard entry.size > 0 else { return context.add(finding(RuleID.attachmentEmpty)) }
    let bytes: [UInt8]
    do {
      bytes = try read(entry)
    } catch {
      let reason = error as? BundleReadError ?? .unreadable
      if reason == .encrypted { return context.add(finding(RuleID.attachmentEncrypted)) }
      return context.add(finding(RuleID.attachmentUnreadable, ["detail": reason.words]))
    }
    let kind = FileKind(sniffing: bytes)
    guard kind == expected else {
      if kind == .empty { return context.add(finding(RuleID.attachmentEmpty)) }
      return context.add(
        finding(
          RuleID.attachmentTypeMismatch,
          [
            "expected": .same(".\(ext)"),
            "detail": LocalizedText(th: kind.description.th, en: kind.description.en),
          ]))
    }
    switch expected {
    case .pdf:
      var inspector = PDFInspector(pixelBudget: BundleLimits.maximumPixelsPerBundle - context.budget.pixels)
      let verdict = inspector.inspect(bytes)
      context.budget.pixels += inspector.pixelsDecoded
      for problem in verdict { context.add(finding(problem.rule, problem.values)) }
    case .jpeg:
      let verdict = JPEGInspector.inspect(
        bytes, pixelBudget: BundleLimits.maximumPixelsPerBundle - context.budget.pixels)
      switch verdict {
      case .good(let width, let height): context.budget.pixels += width * height
      case .damaged(let detail): context.add(finding(RuleID.attachmentJPEGDamaged, ["detail": detail]))
      case .overLimit(let detail): context.add(finding(RuleID.attachmentOverLimit, ["detail": detail]))
      case .unsupported(let coding):
        context.add(finding(RuleID.attachmentJPEGUnsupported, ["detail": coding]))
      }
    default: break
    }
  }

  /// The file's bytes, within the limit for one file and what is left of the bundle's.
  private func read(_ entry: BundleEntry) throws -> [UInt8] {
    if entry.size > BundleLimits.maximumFileBytes {
      throw BundleReadError.overLimit(bytes: BundleLimits.maximumFileBytes)
    }
    let left = BundleLimits.maximumTotalBytes - context.budget.bytesRead
    if entry.size > left { throw BundleReadError.bundleBudget(bytes: BundleLimits.maximumTotalBytes) }
    let bytes: [UInt8]
    do {
      bytes = try context.bundle.read(entry.path, limit: min(BundleLimits.maximumFileBytes, left))
    } catch BundleReadError.overLimit {
      throw BundleReadError.overLimit(bytes: BundleLimits.maximumFileBytes)
    }
    context.budget.bytesRead += bytes.count
    return bytes
  }
}
