import Foundation
import PackagePlugin

/// Embeds the stylesheets and scripts in a target's `Assets` folder (its `.css` and `.js`
/// files) as the generated enum `FrontEndFiles`, keyed by file name. They stay real files,
/// for editors and the ES5 check, and the binary still needs nothing beside it. SwiftPM
/// reruns the embedding when one of them changes or one is added.
@main
struct EmbedAssets: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    guard let target = target as? SourceModuleTarget else { return [] }
    let folder = target.directoryURL.appending(path: "Assets")
    // The folder itself is an input too: a file added to it reruns the embedding.
    let assets = target.sourceFiles.map(\.url).filter {
      ["css", "js"].contains($0.pathExtension) && $0.path.hasPrefix(folder.path + "/")
    }
    let output = context.pluginWorkDirectoryURL.appending(path: "FrontEndFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding the stylesheets and scripts of \(target.name)",
        executable: try context.tool(named: "embed-files").url,
        arguments: [output.path, "FrontEndFiles", folder.path, "css,js"],
        inputFiles: [folder] + assets, outputFiles: [output])
    ]
  }
}
