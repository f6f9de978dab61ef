/// Escaping and language marking for text placed into pages.
enum HTMLText {
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  /// Wraps runs of the page's other script in `<span lang>`: Thai inside English text and
  /// English inside Thai text, so that the browser breaks lines with the right dictionary
  /// and screen readers switch voice. Only text between tags is touched.
  static func markLanguageRuns(_ html: String, pageLanguage: String) -> String {
    let foreignLanguage = pageLanguage == "th" ? "en" : "th"
    func isForeign(_ scalar: Unicode.Scalar) -> Bool {
      let value = scalar.value
      if pageLanguage == "th" {
        return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
      }
      return (0x0E00...0x0E7F).contains(value)
    }
    func isNeutral(_ scalar: Unicode.Scalar) -> Bool {
      // Spaces, digits and punctuation may sit inside a run; letters of the page's own
      // script end it.
      let value = scalar.value
      if (0x0E00...0x0E7F).contains(value) { return false }
      if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) { return false }
      return scalar != "<" && scalar != "&" && scalar != "(" && scalar != ")"
        && scalar != "‘" && scalar != "’" && scalar != "“" && scalar != "”"
    }
    var out = String.UnicodeScalarView()
    var run = String.UnicodeScalarView()
    var pendingNeutral = String.UnicodeScalarView()
    var insideTag = false
    var insideEntity = false
    func flushRun() {
      guard !run.isEmpty else { return }
      out.append(contentsOf: "<span lang=\"\(foreignLanguage)\">".unicodeScalars)
      out.append(contentsOf: run)
      out.append(contentsOf: "</span>".unicodeScalars)
      run.removeAll()
    }
    for scalar in html.unicodeScalars {
      if insideTag {
        out.append(scalar)
        if scalar == ">" { insideTag = false }
        continue
      }
      if insideEntity {
        out.append(scalar)
        if scalar == ";" { insideEntity = false }
        continue
      }
      if isForeign(scalar) {
        run.append(contentsOf: pendingNeutral)
        pendingNeutral.removeAll()
        run.append(scalar)
      } else if !run.isEmpty && isNeutral(scalar) {
        pendingNeutral.append(scalar)
      } else {
        flushRun()
        out.append(contentsOf: pendingNeutral)
        pendingNeutral.removeAll()
        out.append(scalar)
        if scalar == "<" { insideTag = true }
        if scalar == "&" { insideEntity = true }
      }
    }
    flushRun()
    out.append(contentsOf: pendingNeutral)
    return String(out)
  }
}
