import BundleCheck

/// The JPEG inspector (TurboJPEG header and full decode, with the pixel budget).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJPEG(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let data, size > 0 else { return 0 }
  FuzzEntryPoints.inspectJPEG(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}
