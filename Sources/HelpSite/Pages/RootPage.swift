import ManualContent

/// `index.html` at the site's root: the officer picks a language. Both are offered in their
/// own words, with no script and no redirect, so it works when opened from a USB stick.
enum RootPage {
  static func html(_ manual: Manual) -> String {
    let links = Language.allCases.map { language in
      let context = PageContext(manual: manual, language: language, path: "index.html")
      return """
        <li lang="\(language.rawValue)"><a class="guide-button" href="\(language.rawValue)/index.html" hreflang="\(language.rawValue)">\(HTMLText.escape(context.ui("language.name")))</a>
        <span class="guide-root__title">\(HTMLText.escape(Markdown.plainText(manual.title[language])))</span></li>
        """
    }
    let thai = PageContext(manual: manual, language: .th, path: "index.html")
    let english = PageContext(manual: manual, language: .en, path: "index.html")
    return """
      <!DOCTYPE html>
      <html lang="th">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(thai.attribute(thai.ui("site.name"))) – \(english.attribute(english.ui("site.name")))</title>
      <link rel="stylesheet" href="assets/guide.css">
      </head>
      <body>
      <main id="main" class="guide-width guide-main guide-root">
      <h1>\(HTMLText.escape(thai.ui("site.name"))) <span lang="en">\(HTMLText.escape(english.ui("site.name")))</span></h1>
      <p>\(HTMLText.escape(thai.ui("language.choose"))) <span lang="en">\(HTMLText.escape(english.ui("language.choose")))</span></p>
      <ul class="guide-root__languages">
      \(links.joined(separator: "\n"))
      </ul>
      </main>
      </body>
      </html>

      """
  }
}
