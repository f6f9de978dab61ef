import Foundation

/// The files below a folder, listed with `readdir`: the output folder's check
/// (`SiteWriter.checkOutputFolder`) lists the last build's 6,800 files at N = 1,000 before
/// every rebuild, and Foundation's enumerator, with a `stat` for each entry and relative
/// paths made by string replacement, was 2 % of a build's CPU (issue 12).
///
/// What it lists is what the enumerator and `fileExists` listed: every entry that is not a
/// folder, by its path relative to the folder, with a symbolic link taken for what it points
/// to (a link to a file is listed; a link to a folder or to nothing is not, nor entered).
enum FolderListing {
  /// Paths relative to `base`, in the order `readdir` gives them.
  static func files(in base: String) -> [String] {
    var files: [String] = []
    walk(base, relative: "", into: &files)
    return files
  }

  private static func walk(_ folder: String, relative: String, into files: inout [String]) {
    guard let directory = opendir(folder) else { return }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      let path = folder + "/" + name
      let relativePath = relative.isEmpty ? name : relative + "/" + name
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_DIR): walk(path, relative: relativePath, into: &files)
      case Int32(DT_REG): files.append(relativePath)
      case Int32(DT_UNKNOWN):
        // A file system that does not say: ask, without following a link.
        var status = stat()
        guard lstat(path, &status) == 0 else { continue }
        if status.st_mode & S_IFMT == S_IFDIR {
          walk(path, relative: relativePath, into: &files)
        } else if isFileOrLinkToFile(path) {
          files.append(relativePath)
        }
      default:
        if isFileOrLinkToFile(path) { files.append(relativePath) }
      }
    }
  }

  /// Whether `path`, a link followed, exists and is not a folder (what `fileExists` said).
  private static func isFileOrLinkToFile(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFDIR
  }
}
