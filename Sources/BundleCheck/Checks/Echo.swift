import ManualContent

/// The only way text from a bundle (a manifest value, a name, a file name) reaches a report.
/// A finding repeats what it chose to, through here: long runs of digits are masked but for
/// their last four, in any digit script and whatever separates them, so that a national ID
/// typed into the wrong field, a file name or a broken line is never printed in full.
public enum Echo {
  /// Digits in a row (separators allowed between them) from which a run is masked: a
  /// national ID has 13, a phone number 9 to 11.
  static let maskedRunLength = 9
  /// Longer text is cut: a finding names a value, it does not reproduce a document.
  static let maximumCharacters = 80

  static func value(_ text: String) -> String {
    var out = masked(text)
    if out.count > maximumCharacters { out = String(out.prefix(maximumCharacters)) + "…" }
    return out
  }

  /// A field name as a report may show it: ASCII letters, digits, `_` and `-`, as the
  /// content's names are; anything else (a name that is a national ID) is not shown.
  static func fieldName(_ key: String) -> String? {
    let scalars = key.unicodeScalars
    let allowed = scalars.allSatisfy {
      $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
    }
    let digits = scalars.filter { ("0"..."9").contains($0) }.count
    return allowed && !key.isEmpty && key.count <= 40 && digits < 4 ? key : nil
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType == .decimal }

  /// What may stand between the digits of one number: spaces, dashes, dots, slashes.
  static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || scalar.properties.generalCategory == .dashPunctuation
      || "./_·・()（）".unicodeScalars.contains(scalar) || scalar.properties.generalCategory == .format
  }

  /// Every run of `maskedRunLength` or more digits, shown as `•` but for its last four.
  static func masked(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      guard isDigit(scalars[index]) else {
        out.append(scalars[index])
        index += 1
        continue
      }
      // The run: digits, and separators followed by more digits.
      var end = index
      var digits = 0
      var scan = index
      while scan < scalars.count {
        if isDigit(scalars[scan]) {
          digits += 1
          end = scan + 1
        } else if !isSeparator(scalars[scan]) {
          break
        }
        scan += 1
      }
      let run = scalars[index..<end]
      if digits >= maskedRunLength {
        var seen = 0
        for scalar in run {
          if isDigit(scalar) {
            seen += 1
            out.append(seen > digits - 4 ? scalar : "•")
          } else {
            out.append(scalar)
          }
        }
      } else {
        out.append(contentsOf: run)
      }
      index = end
    }
    return String(out)
  }

  /// Control characters, bidirectional overrides and line separators written as `\u202E`, so
  /// that a file name cannot clear the terminal, reorder a line or forge one.
  public static func visible(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if isHidden(scalar), !kept.contains(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Control characters (C0, DEL, C1), zero-width and bidirectional marks, embeddings,
  /// overrides and isolates, line and paragraph separators, the byte-order mark.
  static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x200B...0x200F).contains(value)
      || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x061C
      || value == 0xFEFF
  }
}

extension LocalizedText {
  /// A value from the bundle, through `Echo`: the same in both languages, digit runs masked.
  static func echo(_ text: String) -> LocalizedText { .same(Echo.value(text)) }
}
