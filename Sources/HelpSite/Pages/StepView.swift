import ManualContent

/// One step of a procedure, written the same way wherever it is shown: as an item of the
/// numbered list on the procedure's page and the print page, and as a slide of the decks.
/// The slide shows what the room needs (counter, title, text, options, figure); its notes and
/// gaps go to the speaker.
enum StepView {
  /// "Step 3 of 7", in the page's language.
  static func counter(_ context: PageContext, number: Int, of count: Int) -> HTML {
    context.plain(context.ui("procedure.step-of", ["n": "\(number)", "total": "\(count)"]))
  }

  /// The step's text, then its options with "or" between them.
  static func text(_ context: PageContext, _ step: Step) -> [HTML] {
    var parts: [HTML] = ["<p>\(context.rich(step.text))</p>"]
    if !step.options.isEmpty {
      if let intro = step.optionsIntro { parts.append("<p>\(context.rich(intro))</p>") }
      let or: HTML = "\n<p class=\"guide-or\">\(context.plainUI("procedure.or"))</p>\n"
      parts.append(
        step.options.map { "<div class=\"guide-option\">\(context.rich($0))</div>" as HTML }.joined(
          separator: or))
    }
    return parts
  }

  /// The step as an item of the procedure's numbered list, with its anchor.
  static func listItem(_ context: PageContext, _ step: Step, number: Int, of count: Int) -> HTML {
    var parts: [HTML] = [
      "<\(context.h(3)) class=\"guide-step__title\"><span class=\"guide-step__number\">\(counter(context, number: number, of: count))</span> \(context.rich(step.title))</\(context.h(3))>"
    ]
    parts += text(context, step)
    let documents = step.attachmentRoleIDs.compactMap(context.manual.attachmentRole)
    if !documents.isEmpty {
      parts.append("<p>\(context.plainUI("procedure.documents"))</p>")
      let items = documents.map { "<li>\(ProcedurePage.attachmentHTML(context, $0))</li>" as HTML }
      parts.append("<ul class=\"guide-list\">\n\(items, separator: "\n")\n</ul>")
    }
    if let figure = step.figure { parts.append(FigureView.html(context, figure)) }
    parts += step.notes.map { Layout.note(context, $0) }
    parts += step.gaps.map { Layout.gap(context, $0) }
    return """
      <li class="guide-step" id="\(context.id(SitePaths.stepAnchor(step.id)))" data-step="\(number)">
      \(parts, separator: "\n")
      </li>
      """
  }

  /// What a step's slide shows: the text beside its figure.
  static func slideBody(_ context: PageContext, _ step: Step, number: Int, of count: Int) -> HTML {
    let text: [HTML] =
      [
        "<p class=\"guide-slide__step\">\(counter(context, number: number, of: count))</p>",
        "<h3 class=\"guide-slide__title\">\(context.rich(step.title))</h3>",
      ] + self.text(context, step)
    let figure: HTML =
      step.figure.map { "<div class=\"guide-slide__figure\">\n\(FigureView.html(context, $0))\n</div>" } ?? ""
    return """
      <div class="guide-slide__columns">
      <div class="guide-slide__text">
      \(text, separator: "\n")
      </div>
      \(figure)
      </div>
      """
  }

  /// The speaker's notes for a step's slide. The presenter view shows the slide itself
  /// beside the notes, so the notes hold what the slide does not: the step's notes and gaps.
  static func slideNotes(_ context: PageContext, _ step: Step) -> HTML {
    (step.notes.map(\.text) + step.gaps.map(\.text)).map { "<p>\(context.rich($0))</p>" as HTML }.joined()
  }
}
