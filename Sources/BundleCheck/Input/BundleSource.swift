import Foundation
import ManualContent

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

/// The caps live in ManualContent (`ManualContent/Rules/BundleLimits.swift`), beside
/// `BundleSpec`, so that the browser pre-check (HelpSite) reads the very same numbers;
/// this name keeps every `BundleLimits.x` in BundleCheck and its clients as it was.
public typealias BundleLimits = ManualContent.BundleLimits

public enum BundleOpenError: Error, Equatable {
  case notFound(String)
  case unreadable(String)
  case notAFolderOrZip(String)
  case badZip(String)
}

enum BundlePath {
  /// Whether a path inside the bundle stays inside it: no `..` part and not absolute.
  /// A `:` elsewhere is an ordinary character (`memo 10:30.pdf`); a drive (`C:`) is not.
  static func staysInside(_ path: String) -> Bool {
    if path.hasPrefix("/") || path.hasPrefix("\\") { return false }
    let scalars = Array(path.unicodeScalars.prefix(2))
    if scalars.count == 2, scalars[1] == ":", scalars[0].isASCII, scalars[0].properties.isAlphabetic {
      return false
    }
    let parts = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
    return !parts.contains("..")
  }

  /// The name a manifest gives, as the bundle lists it: `./` parts and doubled slashes
  /// dropped, Windows `\\` read as `/`.
  static func normalized(_ path: String) -> String {
    path.replacingOccurrences(of: "\\", with: "/").split(separator: "/").filter { $0 != "." }.joined(
      separator: "/")
  }

  /// Files that operating systems add by themselves, never part of a request: macOS's
  /// `__MACOSX/` folder, `.DS_Store` and `._` shadow files, Windows' `Thumbs.db`.
  static func isSystemLitter(_ path: String) -> Bool {
    let parts = path.split(separator: "/")
    if parts.first == "__MACOSX" { return true }
    guard let last = parts.last else { return false }
    return last == ".DS_Store" || last == "Thumbs.db" || last == "desktop.ini" || last.hasPrefix("._")
  }
}

/// Why a file of a bundle was not read, in words that name the limit it met.
public enum BundleReadError: Error, Equatable {
  case unreadable
  case overLimit(bytes: Int)
  case bundleBudget(bytes: Int)
  case notRegular
  case encrypted
  /// A zip entry whose data ends early, does not inflate, or fails its size or CRC-32.
  case damagedInZip

  var words: LocalizedText {
    switch self {
    case .unreadable: return LocalizedText(th: "อ่านไฟล์ไม่ได้", en: "it cannot be read")
    case .overLimit(let limit):
      return LocalizedText(
        th: "ใหญ่เกินขีดจำกัด \(limit / 1_048_576) MiB ต่อไฟล์",
        en: "it is over the \(limit / 1_048_576) MiB limit for one file")
    case .bundleBudget(let limit):
      return LocalizedText(
        th: "ไฟล์ในชุดเอกสารรวมกันเกินขีดจำกัด \(limit / 1_048_576) MiB",
        en: "the bundle's files together are over the \(limit / 1_048_576) MiB limit")
    case .notRegular: return LocalizedText(th: "ไม่ใช่ไฟล์ธรรมดา", en: "it is not a regular file")
    case .encrypted:
      return LocalizedText(
        th: "ถูกเข้ารหัสด้วยรหัสผ่านใน zip", en: "it is encrypted with a password inside the zip")
    case .damagedInZip:
      return LocalizedText(
        th: "ข้อมูลใน zip เสียหายหรือขาดหาย ให้บีบอัดชุดเอกสารใหม่",
        en: "its data inside the zip is damaged or cut short; zip the bundle again")
    }
  }
}
