/// The 13-digit Thai national ID of `officer.national_id`.
public enum NationalID {
  public enum Problem: Error, Equatable, Sendable {
    /// Not 13 digits once dashes and spaces are removed (carries the digit count).
    case wrongLength(Int)
    /// Something other than digits, dashes or spaces.
    case notDigits
    /// The 13th digit does not match the other twelve: a typing mistake.
    case checkDigit
  }

  /// The 13 digits of `text`, or why it is not a national ID. Dashes and spaces are allowed
  /// between digits, as officers often copy the number from the card (1-1017-00230-70-8);
  /// Thai and full-width digits count as the digits they are (`Digits`).
  public static func validate(_ text: String) -> Result<String, Problem> {
    let kept = Digits.arabic(text).unicodeScalars.filter { $0 != "-" && $0 != " " }
    guard kept.allSatisfy({ ("0"..."9").contains($0) }) else { return .failure(.notDigits) }
    let digits = kept.map { Int($0.value - 48) }
    guard digits.count == 13 else { return .failure(.wrongLength(digits.count)) }
    // (11 − (Σ_{i=1..12} d_i × (14 − i)) mod 11) mod 10 = d13
    let sum = (0..<12).reduce(0) { $0 + digits[$1] * (13 - $1) }
    guard (11 - sum % 11) % 10 == digits[12] else { return .failure(.checkDigit) }
    return .success(String(String.UnicodeScalarView(kept)))
  }

  /// The ID as a report may show it: every digit hidden but the last four.
  public static func masked(_ text: String) -> String {
    let digits = text.filter(\.isNumber)
    guard digits.count > 4 else { return String(repeating: "•", count: digits.count) }
    return String(repeating: "•", count: digits.count - 4) + digits.suffix(4)
  }
}
