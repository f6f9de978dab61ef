import BundleCheck

/// The manifest reader (YAML and JSON through Yams/libyaml) on any bytes: it must answer with
/// a value or a problem, never crash, hang or grow without bound.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzManifest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  _ = ManifestReader.read(bytes)
  return 0
}
