import Benchmark
import BundleCheck
import Foundation
import HelpSite
import ManualContent

/// The hot paths of both tools, on the real content and fixtures.
let repository = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
let content = repository.appendingPathComponent("content")
let ready = repository.appendingPathComponent("Tests/Fixtures/Bundles/ready-external-search").path

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(metrics: [
    .wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident,
  ])

  Benchmark("Load the content") { benchmark in
    for _ in benchmark.scaledIterations { blackHole(try ManualLoader.load(from: content)) }
  }

  let manual = try! ManualLoader.load(from: content)

  Benchmark("Render the whole site in memory") { benchmark in
    for _ in benchmark.scaledIterations { blackHole(try SiteFiles.render(manual, contentDirectory: content)) }
  }

  Benchmark("Thai segmentation and the search index") { benchmark in
    for _ in benchmark.scaledIterations { blackHole(SiteFiles.searchIndexes(manual)) }
  }

  let embedded = try! Precheck.embeddedManual()
  Benchmark("Check a ready bundle (manifest, PDF, JPEG)") { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(BundleChecker(manual: embedded).check(try Precheck.open(ready)))
    }
  }

  Benchmark("Read a manifest") { benchmark in
    let bytes = Array(try! Data(contentsOf: URL(fileURLWithPath: ready + "/request.yaml")))
    for _ in benchmark.scaledIterations { blackHole(ManifestReader.read(bytes)) }
  }
}
