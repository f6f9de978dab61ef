/// The PDF and JPEG inspectors on raw bytes, for the fuzz targets in Fuzz/ (FUZZING.md). They
/// stay internal to everything else; this only lets a separate package reach them.
public enum FuzzEntryPoints {
  /// Whether qpdf found the bytes a good PDF (the verdict itself does not matter to a fuzzer).
  @discardableResult
  public static func inspectPDF(_ bytes: [UInt8]) -> Bool {
    var inspector = PDFInspector()
    return inspector.inspect(bytes).isEmpty
  }

  /// Whether TurboJPEG decoded the bytes as a whole picture.
  @discardableResult
  public static func inspectJPEG(_ bytes: [UInt8]) -> Bool {
    if case .good = JPEGInspector.inspect(bytes) { return true }
    return false
  }
}
