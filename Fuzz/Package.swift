// swift-tools-version:5.4
import Foundation
import PackageDescription

// The guide's package is the folder above; SwiftPM names a path dependency after its folder,
// which is whatever the checkout is called.
let guidePackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent.lowercased()

// libFuzzer targets for precheck's readers of untrusted bytes (FUZZING.md). A package of its
// own, so that `swift build` of the guide never builds them: they only link when built with
// `-sanitize=fuzzer`, which provides `main`. Build and run them with Scripts/fuzz.
let package = Package(
  name: "guide-fuzz",
  dependencies: [.package(path: "..")],
  targets: ["FuzzManifest", "FuzzZip", "FuzzPDF", "FuzzJPEG"].map { name in
    .executableTarget(
      name: name,
      dependencies: [.product(name: "BundleCheck", package: guidePackage)],
      path: "Sources/\(name)",
      // libFuzzer's main calls LLVMFuzzerTestOneInput: the target has no top-level code.
      swiftSettings: [.unsafeFlags(["-parse-as-library"])])
  }
)
