import BundleCheck

/// The PDF inspector (qpdf: parse, page tree, content streams, every image's filters).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  // The inspector's caller only hands it non-empty files.
  guard let data, size > 0 else { return 0 }
  FuzzEntryPoints.inspectPDF(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}
