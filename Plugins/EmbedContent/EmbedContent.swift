import Foundation
import PackagePlugin

/// Embeds the package's `content/` folder as the generated enum `EmbeddedContentFiles`, so
/// that `precheck` carries the rules it checks and works when copied anywhere alone. The
/// YAML files are embedded whole; the pictures by name only (a bundle check needs only to
/// know they exist). The embedding runs at every build (a few milliseconds; nothing is
/// recompiled unless a content file changed), so editing, adding or removing a content
/// file always rebuilds precheck with it.
@main
struct EmbedContent: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let content = context.package.directoryURL.appending(path: "content")
    guard FileManager.default.fileExists(atPath: content.path) else {
      throw EmbedContentError(description: "EmbedContent: no content folder at \(content.path)")
    }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedContentFiles.swift")
    // Declaring each content file as an input would not do: content/ is outside every
    // target, so SwiftPM asks this plugin again only when the manifest or a target's
    // files change; files added since would be missed and a deleted one would fail the
    // build. embed-files walks the folder itself and touches this stamp to run again.
    let stamp = context.pluginWorkDirectoryURL.appending(path: "embed-content.stamp")
    if !FileManager.default.fileExists(atPath: stamp.path) {
      FileManager.default.createFile(atPath: stamp.path, contents: Data())
    }
    return [
      .buildCommand(
        displayName: "Embedding the content folder into \(target.name)",
        executable: try context.tool(named: "embed-files").url,
        arguments: [
          output.path, "EmbeddedContentFiles", content.path, "yaml", "--others-by-name",
          "--rerun-stamp", stamp.path,
        ],
        inputFiles: [stamp, content], outputFiles: [output])
    ]
  }
}

struct EmbedContentError: Error, CustomStringConvertible {
  let description: String
}
