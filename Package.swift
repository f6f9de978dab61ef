// swift-tools-version:6.1
import PackageDescription

// One content model (ManualContent), read by the site generator (HelpSite) and,
// later, by the bundle validator. The generator never depends on the validator
// or the other way round.
let package = Package(
  name: "crimes-guide",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "guide", targets: ["guide"]),
    .executable(name: "precheck", targets: ["precheck"]),
    .library(name: "ManualContent", targets: ["ManualContent"]),
    .library(name: "HelpSite", targets: ["HelpSite"]),
    .library(name: "BundleCheck", targets: ["BundleCheck"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    // The preview's HTTP server (guide serve): small, tested, no SwiftNIO to build.
    .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
  ],
  targets: [
    // cmark-gfm from Debian (libcmark-gfm-dev): GitHub's reference CommonMark parser.
    .systemLibrary(
      name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
    // libxml2 from Debian (libxml2-dev): the tests parse every generated page with it.
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    // qpdf's C API (libqpdf-dev): PDF structure, damage and passwords, judged by a real PDF library.
    .systemLibrary(name: "CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),
    // TurboJPEG (libturbojpeg0-dev): decodes JPEGs and reports errors without setjmp.
    .systemLibrary(
      name: "CTurboJPEG", pkgConfig: "libturbojpeg", providers: [.apt(["libturbojpeg0-dev"])]),
    .target(name: "ManualContent", dependencies: [.product(name: "Yams", package: "Yams")]),
    // libthai (libthai-dev): dictionary-based Thai word breaking for the search index.
    .systemLibrary(name: "CLibThai", pkgConfig: "libthai", providers: [.apt(["libthai-dev"])]),
    // Writes files into a Swift source at build time, for the two embedding plugins below.
    .executableTarget(name: "embed-files"),
    // The site's .css and .js files (Sources/HelpSite/Assets) and the browser pre-check's
    // ES5 engine and style (Sources/HelpSite/CheckPage), embedded into guide.
    .plugin(name: "EmbedAssets", capability: .buildTool(), dependencies: ["embed-files"]),
    .target(
      name: "HelpSite", dependencies: ["ManualContent", "CCmarkGFM", "CLibThai"], plugins: ["EmbedAssets"]),
    // content/, embedded into BundleCheck so that precheck works copied anywhere alone;
    // walked again at every build, so that every edit, new file or deletion reaches it.
    .plugin(name: "EmbedContent", capability: .buildTool(), dependencies: ["embed-files"]),
    // Checks a request bundle against the rules in the content; never depends on HelpSite.
    .target(
      name: "BundleCheck",
      dependencies: [
        "ManualContent", "CQPDF", "CTurboJPEG", .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      plugins: ["EmbedContent"]),
    .executableTarget(
      name: "precheck",
      dependencies: [
        "BundleCheck", "ManualContent",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // `guide serve`: the site rendered in memory, served, rebuilt and reloaded on every edit.
    .target(
      name: "LivePreview",
      dependencies: ["HelpSite", "ManualContent", .product(name: "FlyingFox", package: "FlyingFox")]),
    .executableTarget(
      name: "guide",
      dependencies: [
        "ManualContent", "HelpSite", "LivePreview",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .testTarget(name: "ManualContentTests", dependencies: ["ManualContent"], exclude: ["Fixtures"]),
    .testTarget(name: "LivePreviewTests", dependencies: ["LivePreview", "HelpSite", "ManualContent"]),
    // Yams: the rule-example tests merge each rule's manifest fragment into a ready request.
    .testTarget(
      name: "BundleCheckTests",
      dependencies: ["BundleCheck", .product(name: "Yams", package: "Yams")], exclude: ["Report/Golden"]),
    // The site tests also read precheck's rules, to prove the site and the validator agree.
    .testTarget(
      name: "HelpSiteTests", dependencies: ["HelpSite", "ManualContent", "BundleCheck", "CLibXML2"]),
  ]
)
