/// A file type CRIMES takes as an attachment. The one home of the list: `attachments.yaml`
/// names types by their raw value and the loader refuses any other, the site shows them,
/// and precheck judges extensions and first bytes from here. Adding a type is adding a case
/// (with its magic and words) here and teaching precheck's inspectors to open it.
public enum FileType: String, CaseIterable, Sendable, Comparable {
  case pdf
  case jpg

  /// The extension a file of this type carries, without the dot, as CRIMES takes it.
  public var fileExtension: String { rawValue }

  /// The type a file name's extension promises (any letter case); nil for any other.
  public init?(fileExtension: String) {
    self.init(rawValue: fileExtension.lowercased())
  }

  /// The first bytes every file of this type starts with.
  public var magic: [UInt8] {
    switch self {
    case .pdf: return Array("%PDF-".utf8)
    case .jpg: return [0xFF, 0xD8, 0xFF]
    }
  }

  /// How a report names a file of this type: "a PDF", "a JPEG picture".
  public var displayName: LocalizedText {
    switch self {
    case .pdf: return LocalizedText(th: "PDF", en: "a PDF")
    case .jpg: return LocalizedText(th: "ภาพ JPEG", en: "a JPEG picture")
    }
  }

  /// `.pdf or .jpg` / `.pdf หรือ .jpg`: the types as a report or a template lists them.
  public static func listed(_ types: [FileType]) -> LocalizedText {
    let extensions = types.map { ".\($0.fileExtension)" }
    return LocalizedText(
      th: extensions.joined(separator: " หรือ "), en: extensions.joined(separator: " or "))
  }

  /// `pdf, jpg`: what a content diagnostic says is allowed.
  public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

  public static func < (lhs: FileType, rhs: FileType) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
