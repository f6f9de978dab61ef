import BundleCheck
import Foundation

/// The zip reader (ZIPFoundation behind ZipBundle): list the entries, then read every file
/// entry under the per-file limit, as the checker does. ZipBundle reads from a path, so each
/// input is written to one file in tmpfs first.
private let scratch = URL(
  fileURLWithPath: FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
).appendingPathComponent("fuzz-zip-\(getpid()).zip")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let data else { return 0 }
  guard (try? Data(bytes: data, count: size).write(to: scratch)) != nil else {
    fatalError("cannot write \(scratch.path)")
  }
  defer { try? FileManager.default.removeItem(at: scratch) }
  guard let bundle = try? ZipBundle(url: scratch) else { return 0 }
  for entry in bundle.entries where entry.kind == .file {
    _ = try? bundle.read(entry.path, limit: BundleLimits.maximumFileBytes)
  }
  return 0
}
