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

/// Caps that keep a hostile bundle from using unbounded time or memory: every decoder and
/// every loop over bundle data counts against one of these, and a refusal names the one it
/// met. Together they keep a bundle's check within 10 s and 1 GB on a 2-core machine.
public enum BundleLimits {
  // The bundle.
  public static let maximumEntries = 1_000
  public static let maximumFolderDepth = 32
  public static let maximumFileBytes = 64 * 1024 * 1024
  /// Bytes unpacked from a zip, and bytes read from a bundle's files in one check.
  public static let maximumTotalBytes = 256 * 1024 * 1024
  /// A zip entry that inflates more than this many times its packed size is treated as a bomb.
  public static let maximumCompressionRatio = 200
  // The manifest.
  public static let maximumManifestBytes = 256 * 1024
  public static let maximumManifestDepth = 16
  /// Values (texts, lists and groups) in one manifest; a real one has about fifty.
  public static let maximumManifestValues = 2_000
  // The report: findings after this many are counted, not listed.
  public static let maximumFindings = 100
  // PDFs.
  public static let maximumPDFPages = 2_000
  /// Streams in one PDF (a 600-page scan has about 1,200).
  public static let maximumPDFStreams = 50_000
  /// Bytes one PDF stream may decode to, each filter of a chain counted.
  public static let maximumStreamBytes = 64 * 1024 * 1024
  /// Bytes all the streams of one PDF may decode to together.
  public static let maximumDecodedBytesPerFile = 256 * 1024 * 1024
  /// Filters applied one after another to one stream (real files use one or two).
  public static let maximumFilters = 4
  /// One row of a PNG/TIFF predictor, from /Columns × /Colors × /BitsPerComponent.
  public static let maximumPredictorRowBytes = 1 << 20
  /// Images and forms one PDF may draw, each counted once however often it is drawn.
  public static let maximumPDFImages = 2_000
  /// Forms drawn inside forms.
  public static let maximumFormDepth = 8
  // JPEG pictures, files or images inside PDFs.
  /// Pixels of one picture: a 600 dpi A4 scan is 35 million.
  public static let maximumPixels = 50_000_000
  /// Pixels of all the pictures of one bundle together: 17 A4 pages at 600 dpi, 70 at 300 dpi
  /// (TurboJPEG decodes about 100 million a second here: a few seconds at most).
  public static let maximumPixelsPerBundle = 600_000_000
  /// Scans of a progressive JPEG (a camera or scanner writes about ten).
  public static let maximumScans = 100
}

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
