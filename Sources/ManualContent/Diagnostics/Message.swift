/// A message of the catalogue: what is wrong and how to fix it, in Thai and English, with
/// `{name}` placeholders filled in where it is reported.
struct Message: Sendable {
  let message: LocalizedText
  let fix: LocalizedText

  init(th: String, en: String, fixTH: String, fixEN: String) {
    message = LocalizedText(th: th, en: en)
    fix = LocalizedText(th: fixTH, en: fixEN)
  }

  /// The message and fix with every known `{name}` replaced by its value in that language.
  /// Braces that name no value (`{th: …}` in a fix) are left as they are.
  func filled(_ values: [String: any PlaceholderValue]) -> (message: LocalizedText, fix: LocalizedText) {
    (Self.fill(message, values), Self.fill(fix, values))
  }

  /// A text of the catalogue with its placeholders filled in.
  static func fill(_ text: LocalizedText, _ values: [String: any PlaceholderValue]) -> LocalizedText {
    LocalizedText(th: fill(text.th, values, .th), en: fill(text.en, values, .en))
  }

  /// One pass over the template, so that a value holding `{…}` is never filled in again.
  static func fill(_ template: String, _ values: [String: any PlaceholderValue], _ language: Language)
    -> String
  {
    var result = ""
    var rest = template[...]
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      let afterOpen = rest.index(after: open)
      if let close = rest[afterOpen...].firstIndex(of: "}"),
        let value = values[String(rest[afterOpen..<close])]
      {
        result += value.text(in: language)
        rest = rest[rest.index(after: close)...]
      } else {
        result.append("{")
        rest = rest[afterOpen...]
      }
    }
    return result + rest
  }
}

/// A value a message's placeholder takes: the same in both languages (an id, a number) or
/// translated (a kind of thing: "step" / "ขั้นตอน").
protocol PlaceholderValue: Sendable {
  func text(in language: Language) -> String
}

extension String: PlaceholderValue {
  func text(in language: Language) -> String { self }
}

extension Int: PlaceholderValue {
  func text(in language: Language) -> String { String(self) }
}

extension LocalizedText: PlaceholderValue {
  func text(in language: Language) -> String { self[language] }
}
