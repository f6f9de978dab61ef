/// The spelling of content ids, checked when the content loads so that an id can go into a
/// URL, an HTML `id` and a manifest unchanged.
///
/// - `slug` — `[a-z0-9-]+`: procedures, sections, steps, notes, gaps, attachment roles, choice
///   lists, choices, questions, glossary terms. They become page paths and anchors.
/// - `manifestKey` — `[a-z0-9_]+`, groups joined by one dot: fields, field groups and
///   declarations. They are the keys officers write in `request.yaml` (`officer.first_name`,
///   `signed_by_unit_head`), fixed by the bundle spec, so they keep their underscores.
/// - `rule` — slugs joined by dots (`attachment.pdf-damaged`): the dot separates the concern
///   from the rule, as in `advice.<note id>`.
public enum ContentID {
  public enum Syntax: Sendable {
    case slug, manifestKey, rule

    /// The pattern as a diagnostic quotes it.
    public var pattern: String {
      switch self {
      case .slug: return "[a-z0-9-]+"
      case .manifestKey: return "[a-z0-9_]+ (groups joined by `.`)"
      case .rule: return "[a-z0-9-]+ (parts joined by `.`)"
      }
    }

    /// The characters allowed inside one dot-separated part.
    func allows(_ scalar: Unicode.Scalar) -> Bool {
      let lowerOrDigit = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
      switch self {
      case .slug, .rule: return lowerOrDigit || scalar == "-"
      case .manifestKey: return lowerOrDigit || scalar == "_"
      }
    }
  }

  /// Whether `id` is spelt as `syntax` asks.
  public static func isValid(_ id: String, _ syntax: Syntax) -> Bool {
    let parts = id.split(separator: ".", omittingEmptySubsequences: false)
    if syntax == .slug && parts.count != 1 { return false }
    return parts.allSatisfy { part in
      !part.isEmpty && part.unicodeScalars.allSatisfy(syntax.allows)
    }
  }
}
