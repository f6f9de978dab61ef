import Foundation
import PackagePlugin

/// Embeds a target's stylesheets and scripts (its `.css` and `.js` files) as the generated
/// enum `FrontEndFiles`, keyed by file name. They stay real files, for editors and the ES5
/// check, and the binary still needs nothing beside it. SwiftPM reruns the embedding when
/// one of them changes.
@main
struct EmbedAssets: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    guard let target = target as? SourceModuleTarget else { return [] }
    let assets = target.sourceFiles.map(\.url).filter { ["css", "js"].contains($0.pathExtension) }
    // One folder only: the keys are file names, which become the site's `assets/` names.
    let folders = Set(assets.map { $0.deletingLastPathComponent().standardizedFileURL.path })
    guard folders.count <= 1, let folder = folders.first else {
      if folders.count > 1 { Diagnostics.error("EmbedAssets: keep the .css and .js files in one folder") }
      return []
    }
    let output = context.pluginWorkDirectoryURL.appending(path: "FrontEndFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding the stylesheets and scripts of \(target.name)",
        executable: try context.tool(named: "embed-files").url,
        arguments: [output.path, "FrontEndFiles", folder, "css,js"] + assets.map(\.path),
        inputFiles: assets, outputFiles: [output])
    ]
  }
}
