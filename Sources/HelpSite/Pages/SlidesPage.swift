import ManualContent

/// Slides for trainers, from the same content: a deck per procedure
/// (`<lang>/<procedure>/slides/index.html`) and one of the whole manual in the deck's order
/// (`<lang>/slides/index.html`). Without JavaScript the slides read as one long page; with it,
/// slides.js shows one at a time, with keys, click, swipe and a presenter window.
enum SlidesPage {
  /// One slide: what the room sees, and the speaker's notes.
  struct Slide {
    var kind: String
    var body: HTML
    var notes: HTML
  }

  static func procedureDeck(_ manual: Manual, _ procedure: Procedure, _ language: Language) -> HTML {
    let context = PageContext(
      manual: manual, language: language, path: SitePaths.procedureSlides(procedure.id, language))
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
      back: (procedure.title[language], SitePaths.procedure(procedure.id, language)))
  }

  static func manualDeck(_ manual: Manual, _ language: Language) -> HTML {
    let context = PageContext(manual: manual, language: language, path: SitePaths.slides(language))
    let procedures = ProcedureLookup(manual)
    // The whole manual, slide by slide, straight into the page's one buffer (issue 12): the
    // number of slides is counted first, as every slide says "n of total".
    var total = 2
    for section in manual.sections {
      switch section {
      case .procedure(let id):
        guard let procedure = procedures.procedure(id) else { continue }
        total += 1 + procedureSlideCount(procedure)
      case .titleOnly: total += 1
      }
    }
    return page(
      context, title: context.ui("slides.manual"), total: total,
      back: (context.ui("nav.home"), SitePaths.home(language))
    ) { deck in
      deck.add(
        Slide(
          kind: "title",
          body: """
            <p class="guide-slide__kicker">\(context.plain(manual.publisher[language]))</p>
            <p class="guide-slide__office">\(context.plain(manual.office[language]))</p>
            <h2 class="guide-slide__title">\(context.rich(manual.title))</h2>
            """, notes: "<p>\(context.rich(manual.about))</p><p>\(context.rich(manual.systemAddress))</p>"))
      for section in manual.sections {
        switch section {
        case .procedure(let id):
          guard let procedure = procedures.procedure(id) else { continue }
          deck.add(
            Slide(
              kind: "section", body: "<h2 class=\"guide-slide__title\">\(context.rich(procedure.title))</h2>",
              notes: "<p>\(context.rich(procedure.summary))</p>"))
          let offset = deck.count
          for slide in procedureSlides(context, procedure, number: { offset + $0 }) { deck.add(slide) }
        case .titleOnly(_, let title, let gap):
          var inner = context
          inner.idPrefix = "s\(deck.count + 1)-"
          deck.add(
            Slide(
              kind: "section",
              body: "<h2 class=\"guide-slide__title\">\(context.rich(title))</h2>\n\(Layout.gap(inner, gap))"
                as HTML,
              notes: "<p>\(context.rich(gap.text))</p>"))
        }
      }
      deck.add(closing(context))
    }
  }

  /// How many slides `procedureSlides` makes for `procedure`.
  static func procedureSlideCount(_ procedure: Procedure) -> Int {
    let hasNotes = !procedure.notes.isEmpty || procedure.figure != nil || !procedure.gaps.isEmpty
    return 1 + (hasNotes ? 1 : 0) + procedure.steps.count
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
      let boxes =
        procedure.notes.map { Layout.note(inner, $0) } + procedure.gaps.map { Layout.gap(inner, $0) }
      let figure: HTML = procedure.figure.map { "\n\(FigureView.html(inner, $0))" } ?? ""
      let body: HTML =
        "<h3 class=\"guide-slide__title\">\(context.rich(procedure.title))</h3>\n\(boxes, separator: "\n")\(figure)"
      slides.append(Slide(kind: "notes", body: body, notes: ""))
    }
    for (index, step) in procedure.steps.enumerated() {
      let inner = scoped()
      let body = StepView.slideBody(inner, step, number: index + 1, of: procedure.steps.count)
      slides.append(Slide(kind: "step", body: body, notes: StepView.slideNotes(inner, step)))
    }
    return slides
  }

  static func closing(_ context: PageContext) -> Slide {
    Slide(
      kind: "closing",
      body:
        "<h2 class=\"guide-slide__title guide-slide__closing\" lang=\"th\">\(context.manual.closing.th)</h2>",
      notes: "<p>\(context.plainUI("home.closing"))</p>")
  }

  static func notesHTML(_ context: PageContext, _ notes: HTML) -> HTML {
    """

    <aside class="guide-slide__notes">
    <p class="guide-slide__notes-title">\(context.plainUI("slides.notes"))</p>
    \(notes)
    </aside>
    """
  }

  /// Writes slides into a deck's page, numbering them and separating them by a new line.
  struct DeckWriter {
    fileprivate var html: HTML
    let context: PageContext
    let total: Int
    private(set) var count = 0

    mutating func add(_ slide: Slide) {
      count += 1
      if count > 1 { html += "\n" }
      html += """
        <section class="guide-slide guide-slide--\(slide.kind)" id="\(SitePaths.slideAnchor(count))" data-slide="\(count)" aria-label="\(context.unmarked(context.ui("slides.of", ["n": "\(count)", "total": "\(total)"])))">
        \(slide.body)\(slide.notes.isEmpty ? HTML() : notesHTML(context, slide.notes))
        </section>
        """
    }
  }

  static func page(_ context: PageContext, title: String, slides: [Slide], back: (String, String)) -> HTML {
    page(context, title: title, total: slides.count, back: back) { deck in
      for slide in slides { deck.add(slide) }
    }
  }

  /// A deck of `total` slides, which `writeSlides` adds one by one.
  static func page(
    _ context: PageContext, title: String, total: Int, back: (String, String),
    writeSlides: (inout DeckWriter) -> Void
  ) -> HTML {
    // The words slides.js shows, as `data-slides-of="…"` and so on.
    let words = ["slides.of", "slides.next", "slides.timer", "slides.notes", "slides.end"].map {
      "\(attribute: "data-" + $0.replacingAll(".", with: "-"), context.ui($0))" as HTML
    }.joined()
    return Layout.page(
      context, title: "\(title) – \(context.ui("slides.title"))",
      breadcrumbs: [back], searchForm: false,
      stylesheets: [SitePaths.asset("slides.css")], scripts: [SitePaths.asset("slides.js")]
    ) { main in
      main += """
        <h1 class="guide-deck__heading">\(context.rich(title))</h1>
        <p class="guide-deck__help">\(context.plainUI("slides.help"))</p>
        <div class="guide-deck" data-guide-deck data-count="\(total)"\(words)>

        """
      // The buffer is moved (swapped), never copied, into the writer and back.
      var deck = DeckWriter(html: HTML(), context: context, total: total)
      swap(&main, &deck.html)
      writeSlides(&deck)
      assert(deck.count == total, "the deck has \(deck.count) slides, not \(total)")
      swap(&main, &deck.html)
      main += """

        <div class="guide-deck__bar" aria-hidden="true"><div class="guide-deck__progress"></div></div>
        <p class="guide-deck__counter" aria-live="polite"></p>
        </div>
        """
    }
  }
}
