/// The two languages of the guide. Thai comes first: officers read Thai first.
public enum Language: String, CaseIterable, Sendable, Comparable {
  case th
  case en

  /// The other language, for the toggle that leads to the same page.
  public var other: Language { self == .th ? .en : .th }

  public static func < (lhs: Language, rhs: Language) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// A text in both languages. Content may use inline Markdown in either.
public struct LocalizedText: Hashable, Sendable {
  public var th: String
  public var en: String

  public init(th: String, en: String) {
    self.th = th
    self.en = en
  }

  public subscript(language: Language) -> String {
    switch language {
    case .th: return th
    case .en: return en
    }
  }
}
