import ManualContent

/// The interface strings the site uses. They live in `content/interface.yaml`, in both
/// languages, so that wording is edited with the content; this list lets `guide check`
/// report a missing one before a build would show its key.
public enum SiteText {
  public static let requiredKeys = [
    "site.name", "skip", "language.name", "language.switch", "nav.home", "nav.glossary",
    "nav.finder", "home.procedures", "home.finder.lead", "home.finder.link", "home.closing",
    "procedure.before", "procedure.before.lead", "procedure.fields", "procedure.attachments",
    "procedure.file-types", "procedure.declare", "procedure.no-attachments", "procedure.steps",
    "procedure.step-of", "procedure.or", "procedure.documents",
    "procedure.back", "note.warning", "note.info", "gap.title", "gap.help",
    "figure.schematic", "figure.legend", "figure.screenshot", "glossary.title", "glossary.lead",
    "glossary.see", "finder.title", "finder.restart", "language.choose",
    "slides.title", "slides.manual", "slides.link", "slides.manual-link", "slides.help", "slides.of",
    "slides.next", "slides.end", "slides.timer", "slides.notes", "browser.ok", "browser.newer",
    "browser.other", "print.title", "print.contents", "print.link",
    "search.title", "search.label", "search.button", "search.found", "search.none", "search.az",
  ]

  /// Interface keys that `interface.yaml` lacks.
  public static func missingKeys(in manual: Manual) -> [String] {
    requiredKeys.filter { manual.interface[$0] == nil }
  }
}
