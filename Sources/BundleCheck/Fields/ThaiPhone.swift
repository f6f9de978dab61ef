/// A Thai phone number, as `contact.phone` must hold.
public enum ThaiPhone {
  public enum Kind: Equatable, Sendable {
    case mobile
    case landline
  }

  /// The number in its national form (0…) and its kind, or nil when it is not a Thai number:
  /// 10 digits starting 06, 08 or 09 (mobile) or 9 digits starting 0 (landline), after
  /// removing dashes and spaces; `+66` may stand for the leading 0. Thai and full-width
  /// digits count as the digits they are (`Digits`).
  public static func validate(_ text: String) -> (number: String, kind: Kind)? {
    var kept = String(
      Digits.arabic(text).unicodeScalars.filter { $0 != "-" && $0 != " " }.map(Character.init))
    if kept.hasPrefix("+66") { kept = "0" + kept.dropFirst(3) }
    guard kept.allSatisfy({ $0.isASCII && $0.isNumber }), kept.hasPrefix("0") else { return nil }
    if kept.count == 10, ["06", "08", "09"].contains(String(kept.prefix(2))) {
      return (kept, .mobile)
    }
    if kept.count == 9 { return (kept, .landline) }
    return nil
  }
}
