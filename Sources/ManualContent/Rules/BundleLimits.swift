/// Caps that keep a hostile bundle from using unbounded time or memory: every decoder and
/// every loop over bundle data counts against one of these, and a refusal names the one it
/// met. Together they keep a bundle's check within 10 s and 1 GB on a 2-core machine.
/// They live here, beside `BundleSpec`, because two checkers enforce them: precheck
/// (BundleCheck) and the browser pre-check, whose data (`CheckData`) carries these values.
public enum BundleLimits {
  // The bundle.
  public static let maximumEntries = 1_000
  public static let maximumFolderDepth = 32
  public static let maximumFileBytes = 64 * 1024 * 1024
  /// Bytes unpacked from a zip, and bytes read from a bundle's files in one check.
  public static let maximumTotalBytes = 256 * 1024 * 1024
  /// A zip entry that inflates more than this many times its packed size is treated as a bomb.
  public static let maximumCompressionRatio = 200
  /// ... but only once it inflates to more than this: a small file of zeros packs well and
  /// is no bomb.
  public static let bombMinimumBytes = 1 << 20
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
