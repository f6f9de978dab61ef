import Foundation
import PackagePlugin

/// Embeds the stylesheets and scripts (`.css` and `.js` files) of two folders of a target,
/// each as a generated enum keyed by file name: `Assets` (the site's, as `FrontEndFiles`) and
/// `CheckPage` (the browser pre-check's engine, as `CheckPageFiles`). They stay real files,
/// for editors and the ES5 check, and the binary still needs nothing beside it. SwiftPM
/// reruns the embedding when one of them changes or one is added. One mechanism for both:
/// SwiftPM's `.embedInCode` resources would give each file its own byte array under a
/// mangled name, and a second way to do the same thing.
@main
struct EmbedAssets: BuildToolPlugin {
  /// Each folder below the target and the enum its files become.
  static let folders = [(folder: "Assets", enumName: "FrontEndFiles"), ("CheckPage", "CheckPageFiles")]

  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    guard let target = target as? SourceModuleTarget else { return [] }
    return try Self.folders.map { folderName, enumName in
      let folder = target.directoryURL.appending(path: folderName)
      // The folder itself is an input too: a file added to it reruns the embedding.
      let files = target.sourceFiles.map(\.url).filter {
        ["css", "js"].contains($0.pathExtension) && $0.path.hasPrefix(folder.path + "/")
      }
      let output = context.pluginWorkDirectoryURL.appending(path: "\(enumName).swift")
      return .buildCommand(
        displayName: "Embedding the stylesheets and scripts of \(target.name)/\(folderName)",
        executable: try context.tool(named: "embed-files").url,
        arguments: [output.path, enumName, folder.path, "css,js"],
        inputFiles: [folder] + files, outputFiles: [output])
    }
  }
}
