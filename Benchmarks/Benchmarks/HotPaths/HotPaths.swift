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

  // The pages over every procedure in full (print page, whole-manual deck, search page), each
  // written into one buffer (issue 12): their peak memory is the build's.
  let wholeManualPages = SiteFiles.pagesAndSearchIndexes(manual).pages.filter {
    $0.source == .everyProcedureInFull
  }
  Benchmark("Render the whole-manual pages (print, deck, search page)") { benchmark in
    for _ in benchmark.scaledIterations { for page in wholeManualPages { blackHole(page.render()) } }
  }

  // The check page's data: JSON of the whole manual, written by JSONWriter (issue 12).
  let checkData = SiteFiles.pagesAndSearchIndexes(manual).pages.filter { $0.path.hasSuffix("check-data.js") }
  Benchmark("Write the check page's data (both languages)") { benchmark in
    for _ in benchmark.scaledIterations { for page in checkData { blackHole(page.render()) } }
  }

  // Procedure pages: mostly plain one-line texts, which skip cmark (issue 12).
  let procedurePages = SiteFiles.pagesAndSearchIndexes(manual).pages.filter {
    if case .procedure = $0.source { return true }
    return false
  }
  Benchmark("Render every procedure's page and deck") { benchmark in
    for _ in benchmark.scaledIterations { for page in procedurePages { blackHole(page.render()) } }
  }

  // What guide serve does before it can serve an edited page: the page list, without the
  // search indexes, which are made on request or in the background.
  Benchmark("List the pages for a preview rebuild (no search index)") { benchmark in
    for _ in benchmark.scaledIterations { blackHole(SiteFiles.pagesAndSearchIndexes(manual)) }
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
