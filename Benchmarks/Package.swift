// swift-tools-version:6.1
import Foundation
import PackageDescription

// The guide's package is the folder above; SwiftPM names a path dependency after its folder,
// which is whatever the checkout is called.
let guidePackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent.lowercased()

// Micro-benchmarks of the hot paths, with ordo-one/benchmark. A package of its own, so that
// building or testing the guide never builds the benchmark library.
// Run: swift package --package-path Benchmarks benchmark
let package = Package(
  name: "guide-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "HotPaths",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "ManualContent", package: guidePackage),
        .product(name: "HelpSite", package: guidePackage),
        .product(name: "BundleCheck", package: guidePackage),
      ],
      path: "Benchmarks/HotPaths",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
