import ManualContent

/// What a file's first bytes say it is. Only a sniff: the real judgement is made by qpdf and
/// TurboJPEG, which parse the whole file.
enum FileKind: Equatable {
  case pdf, jpeg, png, gif, zip, empty, unknown

  init(sniffing bytes: [UInt8]) {
    func starts(_ magic: [UInt8]) -> Bool {
      bytes.count >= magic.count && Array(bytes.prefix(magic.count)) == magic
    }
    if bytes.isEmpty {
      self = .empty
    } else if starts(FileType.pdf.magic) {
      self = .pdf
    } else if starts(FileType.jpg.magic) {
      self = .jpeg
    } else if starts([0x89, 0x50, 0x4E, 0x47]) {
      self = .png
    } else if starts(Array("GIF8".utf8)) {
      self = .gif
    } else if starts([0x50, 0x4B, 0x03, 0x04]) {
      self = .zip
    } else {
      self = .unknown
    }
  }

  /// How a report names it: "a PNG picture", "a Word or zip file".
  var description: (th: String, en: String) {
    switch self {
    case .pdf: return (FileType.pdf.displayName.th, FileType.pdf.displayName.en)
    case .jpeg: return (FileType.jpg.displayName.th, FileType.jpg.displayName.en)
    case .png: return ("ภาพ PNG", "a PNG picture")
    case .gif: return ("ภาพ GIF", "a GIF picture")
    case .zip: return ("ไฟล์ zip หรือ Word", "a zip or Word file")
    case .empty: return ("ไฟล์ว่าง", "empty")
    case .unknown: return ("ไฟล์ชนิดอื่น", "another kind of file")
    }
  }

  /// The kind a file of an attachment type must be.
  init(_ type: FileType) {
    switch type {
    case .pdf: self = .pdf
    case .jpg: self = .jpeg
    }
  }
}
