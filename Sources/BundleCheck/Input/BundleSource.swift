import Foundation

/// One file (or link, or folder) found in a bundle, by its path inside the bundle.
public struct BundleEntry: Sendable {
  public enum Kind: Sendable, Equatable {
    case file
    case folder
    case symlink
    case other
  }
  public var path: String
  public var kind: Kind
  public var size: Int
}

/// A bundle to check: a folder or a `.zip`, read and never written.
public protocol BundleSource {
  /// Every entry, paths relative to the bundle root, sorted.
  var entries: [BundleEntry] { get }
  /// The bytes of a regular file, at most `limit` bytes; nil when it cannot be read.
  func read(_ path: String, limit: Int) throws -> [UInt8]
  /// Problems found while opening the bundle (unsafe zip entries, a zip bomb).
  var openingFindings: [Finding] { get }
}

/// Caps that keep a hostile bundle from using unbounded time or memory.
public enum BundleLimits {
  public static let maximumEntries = 1_000
  public static let maximumFileBytes = 64 * 1024 * 1024
  public static let maximumTotalBytes = 256 * 1024 * 1024
  /// A zip entry that inflates more than this many times its packed size is treated as a bomb.
  public static let maximumCompressionRatio = 200
}

public enum BundleOpenError: Error, Equatable {
  case notFound(String)
  case unreadable(String)
  case notAFolderOrZip(String)
  case badZip(String)
}

enum BundlePath {
  /// Whether a path inside the bundle stays inside it: no `..` part and not absolute.
  static func staysInside(_ path: String) -> Bool {
    if path.hasPrefix("/") || path.hasPrefix("\\") || path.contains(":") { return false }
    let parts = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
    return !parts.contains("..")
  }
}
