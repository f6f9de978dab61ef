import ManualContent

/// Slides for trainers, from the same content: a deck per procedure
/// (`<lang>/<procedure>/slides/index.html`) and one of the whole manual in the deck's order
/// (`<lang>/slides/index.html`). Without JavaScript the slides read as one long page; with it,
/// slides.js shows one at a time, with keys, click, swipe and a presenter window.
enum SlidesPage {
  static func path(_ procedure: Procedure, _ language: Language) -> String {
    "\(language.rawValue)/\(procedure.id)/slides/index.html"
  }

  static func manualPath(_ language: Language) -> String { "\(language.rawValue)/slides/index.html" }

  /// One slide: what the room sees, and the speaker's notes.
  struct Slide {
    var kind: String
    var body: String
    var notes: String
  }

  static func procedureDeck(_ manual: Manual, _ procedure: Procedure, _ language: Language) -> String {
    let context = PageContext(manual: manual, language: language, path: path(procedure, language))
    var slides = [
      Slide(
        kind: "title",
        body: """
          <p class="guide-slide__kicker">\(context.plain(manual.publisher[language]))<br>\(context.plain(manual.office[language]))</p>
          <h2 class="guide-slide__title">\(context.rich(procedure.title))</h2>
          """, notes: "<p>\(context.rich(procedure.summary))</p>")
    ]
    let offset = slides.count
    slides += procedureSlides(context, procedure, number: { offset + $0 })
    slides.append(closing(context))
    return page(
      context, title: procedure.title[language], slides: slides,
      back: (procedure.title[language], ProcedurePage.path(procedure, language)))
  }

  static func manualDeck(_ manual: Manual, _ language: Language) -> String {
    let context = PageContext(manual: manual, language: language, path: manualPath(language))
    var slides = [
      Slide(
        kind: "title",
        body: """
          <p class="guide-slide__kicker">\(context.plain(manual.publisher[language]))</p>
          <p class="guide-slide__office">\(context.plain(manual.office[language]))</p>
          <h2 class="guide-slide__title">\(context.rich(manual.title))</h2>
          """, notes: "<p>\(context.rich(manual.about))</p><p>\(context.rich(manual.systemAddress))</p>")
    ]
    for section in manual.sections {
      switch section {
      case .procedure(let id):
        guard let procedure = manual.procedure(id) else { continue }
        slides.append(
          Slide(
            kind: "section", body: "<h2 class=\"guide-slide__title\">\(context.rich(procedure.title))</h2>",
            notes: "<p>\(context.rich(procedure.summary))</p>"))
        let offset = slides.count
        slides += procedureSlides(context, procedure, number: { offset + $0 })
      case .titleOnly(_, let title, let gap):
        var inner = context
        inner.idPrefix = "s\(slides.count + 1)-"
        slides.append(
          Slide(
            kind: "section",
            body: "<h2 class=\"guide-slide__title\">\(context.rich(title))</h2>\n\(Layout.gap(inner, gap))",
            notes: "<p>\(context.rich(gap.text))</p>"))
      }
    }
    slides.append(closing(context))
    return page(
      context, title: context.ui("slides.manual"), slides: slides,
      back: (context.ui("nav.home"), "\(language.rawValue)/index.html"))
  }

  /// A procedure's own slides: before you start, its notes, then a slide per step.
  static func procedureSlides(_ context: PageContext, _ procedure: Procedure, number: (Int) -> Int) -> [Slide]
  {
    var slides: [Slide] = []
    func scoped() -> PageContext {
      var inner = context
      inner.idPrefix = "s\(number(slides.count + 1))-"
      inner.headingOffset = 1
      return inner
    }
    let before = ProcedurePage.beforeYouStart(scoped(), procedure)
    slides.append(
      Slide(kind: "before", body: before, notes: "<p>\(context.rich(context.manual.systemAddress))</p>"))
    if !procedure.notes.isEmpty || procedure.figure != nil || !procedure.gaps.isEmpty {
      let inner = scoped()
      let body =
        "<h3 class=\"guide-slide__title\">\(context.rich(procedure.title))</h3>\n"
        + (procedure.notes.map { Layout.note(inner, $0) } + procedure.gaps.map { Layout.gap(inner, $0) })
        .joined(separator: "\n")
        + (procedure.figure.map { "\n" + FigureView.html(inner, $0) } ?? "")
      slides.append(Slide(kind: "notes", body: body, notes: ""))
    }
    for (index, step) in procedure.steps.enumerated() {
      let inner = scoped()
      let counter = context.ui(
        "procedure.step-of", ["n": "\(index + 1)", "total": "\(procedure.steps.count)"])
      var text = [
        "<p class=\"guide-slide__step\">\(context.plain(counter))</p>",
        "<h3 class=\"guide-slide__title\">\(context.rich(step.title))</h3>",
        "<p>\(context.rich(step.text))</p>",
      ]
      if !step.options.isEmpty {
        if let intro = step.optionsIntro { text.append("<p>\(context.rich(intro))</p>") }
        text.append(
          step.options.map { "<div class=\"guide-option\">\(context.rich($0))</div>" }
            .joined(separator: "\n<p class=\"guide-or\">\(context.plain(context.ui("procedure.or")))</p>\n"))
      }
      let figure = step.figure.map { FigureView.html(inner, $0) } ?? ""
      let body = """
        <div class="guide-slide__columns">
        <div class="guide-slide__text">
        \(text.joined(separator: "\n"))
        </div>
        \(figure.isEmpty ? "" : "<div class=\"guide-slide__figure\">\n\(figure)\n</div>")
        </div>
        """
      // The presenter view shows the slide itself beside the notes, so the notes hold what
      // the slide does not: the step's notes and gaps.
      let notes = (step.notes.map(\.text) + step.gaps.map(\.text)).map { "<p>\(context.rich($0))</p>" }
        .joined()
      slides.append(Slide(kind: "step", body: body, notes: notes))
    }
    return slides
  }

  static func closing(_ context: PageContext) -> Slide {
    Slide(
      kind: "closing",
      body:
        "<h2 class=\"guide-slide__title guide-slide__closing\" lang=\"th\">\(HTMLText.escape(context.manual.closing.th))</h2>",
      notes: "<p>\(context.plain(context.ui("home.closing")))</p>")
  }

  static func notesHTML(_ context: PageContext, _ notes: String) -> String {
    """

    <aside class="guide-slide__notes">
    <p class="guide-slide__notes-title">\(context.plain(context.ui("slides.notes")))</p>
    \(notes)
    </aside>
    """
  }

  static func page(_ context: PageContext, title: String, slides: [Slide], back: (String, String)) -> String {
    let total = slides.count
    let sections = slides.enumerated().map { index, slide in
      let number = index + 1
      return """
        <section class="guide-slide guide-slide--\(slide.kind)" id="slide-\(number)" data-slide="\(number)" aria-label="\(context.attribute(context.ui("slides.of", ["n": "\(number)", "total": "\(total)"])))">
        \(slide.body)\(slide.notes.isEmpty ? "" : notesHTML(context, slide.notes))
        </section>
        """
    }
    let words = ["slides.of", "slides.next", "slides.timer", "slides.notes", "slides.end"].map {
      " data-\($0.replacingOccurrences(of: ".", with: "-"))=\"\(HTMLText.escape(context.ui($0)))\""
    }.joined()
    let main = """
      <h1 class="guide-deck__heading">\(context.rich(title))</h1>
      <p class="guide-deck__help">\(context.plain(context.ui("slides.help")))</p>
      <div class="guide-deck" data-guide-deck data-count="\(total)"\(words)>
      \(sections.joined(separator: "\n"))
      <div class="guide-deck__bar" aria-hidden="true"><div class="guide-deck__progress"></div></div>
      <p class="guide-deck__counter" aria-live="polite"></p>
      </div>
      """
    return Layout.page(
      context, title: "\(title) – \(context.ui("slides.title"))",
      breadcrumbs: [back], main: main, searchForm: false,
      stylesheets: ["assets/slides.css"], scripts: ["assets/slides.js"])
  }
}
