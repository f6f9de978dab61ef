/// Digits as an officer may type them: a Thai keyboard gives Thai digits (๐–๙), an East Asian
/// input method full-width ones (０–９). Both mean the same number as 0–9, so the ID and phone
/// checks read them as such instead of calling them "not digits". Other scripts stay as they
/// are (and are refused): the browser pre-check, in ES5, knows these two ranges only.
enum Digits {
  static func arabic(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          switch scalar.value {
          case 0x0E50...0x0E59: return Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!
          case 0xFF10...0xFF19: return Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!
          default: return scalar
          }
        }))
  }
}
