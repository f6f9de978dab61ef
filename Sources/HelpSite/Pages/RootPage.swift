import ManualContent

/// `index.html` at the site's root: the officer picks a language. Both are offered in their
/// own words, with no script and no redirect, so it works when opened from a USB stick.
enum RootPage {
  static func html(_ manual: Manual) -> HTML {
    let links = Language.allCases.map { language -> HTML in
      let context = PageContext(manual: manual, language: language, path: SitePaths.root)
      return """
        <li lang="\(language.rawValue)"><a class="guide-button" href="\(SitePaths.home(language))" hreflang="\(language.rawValue)">\(context.ui("language.name"))</a>
        <span class="guide-root__title">\(Markdown.plainText(manual.title[language]))</span></li>
        """
    }
    let thai = PageContext(manual: manual, language: .th, path: SitePaths.root)
    let english = PageContext(manual: manual, language: .en, path: SitePaths.root)
    return """
      <!DOCTYPE html>
      <html lang="th">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(thai.unmarked(thai.ui("site.name"))) – \(english.unmarked(english.ui("site.name")))</title>
      <link rel="stylesheet" href="\(SitePaths.asset("guide.css"))">
      </head>
      <body>
      <main id="main" class="guide-width guide-main guide-root">
      <h1>\(thai.ui("site.name")) <span lang="en">\(english.ui("site.name"))</span></h1>
      <p>\(thai.ui("language.choose")) <span lang="en">\(english.ui("language.choose"))</span></p>
      <ul class="guide-root__languages">
      \(links, separator: "\n")
      </ul>
      </main>
      </body>
      </html>

      """
  }
}
