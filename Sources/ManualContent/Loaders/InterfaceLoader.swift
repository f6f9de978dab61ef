/// interface.yaml: the site's own words (buttons, headings), by key. Any key is allowed:
/// the site says which it needs (HelpSite's SiteText reports the missing ones).
struct InterfaceLoader {
  let context: LoadContext

  func load() -> [String: LocalizedText]? {
    guard let file = context.file("interface.yaml") else { return nil }
    // The file's own keys are its schema; a file that is not a mapping is reported as such.
    let keys = (file.root.mapping?.compactMap(\.key.string) ?? []).map { Key.text($0) }
    guard let reader = file.reader(Schema.file(keys), sink: context.sink) else { return nil }
    var strings: [String: LocalizedText] = [:]
    for key in keys { strings[key.name] = reader[key] }
    return strings
  }
}
