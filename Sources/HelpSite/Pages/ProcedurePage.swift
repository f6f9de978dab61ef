import ManualContent

/// One procedure in GOV.UK's step-by-step style: what you need before you start, then the
/// numbered steps ("step 3 of 7"), each with an anchor, its figure, notes and gaps.
enum ProcedurePage {
  static func path(_ procedure: Procedure, _ language: Language) -> String {
    "\(language.rawValue)/\(procedure.id)/index.html"
  }

  static func html(_ manual: Manual, _ procedure: Procedure, _ language: Language) -> String {
    let context = PageContext(manual: manual, language: language, path: path(procedure, language))
    var parts = ["<h1>\(context.rich(procedure.title))</h1>"] + body(context, procedure)
    parts.append(
      "<p class=\"guide-slides-link\"><a href=\"\(context.link(SlidesPage.path(procedure, language)))\">\(context.plain(context.ui("slides.link")))</a></p>"
    )
    parts.append(
      "<p class=\"guide-back\"><a href=\"\(context.link("\(language.rawValue)/index.html"))\">\(context.plain(context.ui("procedure.back")))</a></p>"
    )
    return Layout.page(
      context, title: procedure.title[language],
      breadcrumbs: [(context.ui("nav.home"), "\(language.rawValue)/index.html")],
      main: parts.joined(separator: "\n"))
  }

  /// Everything of a procedure below its title: shared by its own page and the print page.
  static func body(_ context: PageContext, _ procedure: Procedure) -> [String] {
    var parts: [String] = []
    parts.append("<p class=\"guide-lead\">\(context.rich(procedure.summary))</p>")
    parts.append(contentsOf: procedure.notes.map { Layout.note(context, $0) })
    parts.append(beforeYouStart(context, procedure))
    parts.append(
      "<\(context.h(2)) id=\"\(context.id("steps"))\">\(context.plain(context.ui("procedure.steps")))</\(context.h(2))>"
    )
    parts.append(contentsOf: procedure.gaps.map { Layout.gap(context, $0) })
    if let figure = procedure.figure { parts.append(FigureView.html(context, figure)) }
    if !procedure.steps.isEmpty {
      let steps = procedure.steps.enumerated().map { index, step in
        stepHTML(context, step, number: index + 1, of: procedure.steps.count)
      }
      parts.append("<ol class=\"guide-steps\">\n\(steps.joined(separator: "\n"))\n</ol>")
    }
    return parts
  }

  /// "Before you start": the fields and the documents the request asks for, read from the
  /// same definitions that the bundle validator checks.
  static func beforeYouStart(_ context: PageContext, _ procedure: Procedure) -> String {
    let manual = context.manual
    let fields = procedure.fieldIDs.compactMap(manual.field).map {
      "<li>\(context.rich($0.label))</li>"
    }
    let attachments = procedure.attachmentRoleIDs.compactMap(manual.attachmentRole).map {
      "<li>\(attachmentHTML(context, $0))</li>"
    }
    let documents =
      attachments.isEmpty
      ? "<p>\(context.plain(context.ui("procedure.no-attachments")))</p>"
      : "<ul class=\"guide-list\" data-guide-attachments>\n\(attachments.joined(separator: "\n"))\n</ul>\n"
        + manual.attachmentGaps.map { Layout.gap(context, $0) }.joined(separator: "\n")
    return """
      <section class="guide-before" aria-labelledby="\(context.id("before"))">
      <\(context.h(2)) id="\(context.id("before"))">\(context.plain(context.ui("procedure.before")))</\(context.h(2))>
      <p>\(context.plain(context.ui("procedure.before.lead")))</p>
      <ul class="guide-list"><li>\(context.rich(manual.systemAddress))</li></ul>
      <\(context.h(3))>\(context.plain(context.ui("procedure.fields")))</\(context.h(3))>
      <ul class="guide-list" data-guide-fields>
      \(fields.joined(separator: "\n"))
      </ul>
      <\(context.h(3))>\(context.plain(context.ui("procedure.attachments")))</\(context.h(3))>
      \(documents)
      \(CheckPage.link(context))
      </section>
      """
  }

  /// A document with its file types and what the officer must declare about it.
  static func attachmentHTML(_ context: PageContext, _ role: AttachmentRole) -> String {
    let types = role.fileTypes.map { "<code>.\($0)</code>" }.joined(separator: " / ")
    let declarations = role.declarationIDs.compactMap(context.manual.declaration).map {
      context.rich($0.label)
    }
    var html = "<strong data-role=\"\(role.id)\">\(context.rich(role.title))</strong>"
    if !declarations.isEmpty {
      html += " — \(context.plain(context.ui("procedure.declare"))) \(declarations.joined(separator: ", "))"
    }
    html +=
      " <span class=\"guide-types\">(\(context.plain(context.ui("procedure.file-types"))) \(types))</span>"
    return html
  }

  static func stepHTML(_ context: PageContext, _ step: Step, number: Int, of count: Int) -> String {
    var parts: [String] = []
    let counter = context.ui("procedure.step-of", ["n": "\(number)", "total": "\(count)"])
    parts.append(
      "<\(context.h(3)) class=\"guide-step__title\"><span class=\"guide-step__number\">\(context.plain(counter))</span> \(context.rich(step.title))</\(context.h(3))>"
    )
    parts.append("<p>\(context.rich(step.text))</p>")
    if !step.options.isEmpty {
      if let intro = step.optionsIntro { parts.append("<p>\(context.rich(intro))</p>") }
      let or = "<p class=\"guide-or\">\(context.plain(context.ui("procedure.or")))</p>"
      parts.append(
        step.options.map { "<div class=\"guide-option\">\(context.rich($0))</div>" }
          .joined(separator: "\n\(or)\n"))
    }
    let documents = step.attachmentRoleIDs.compactMap(context.manual.attachmentRole)
    if !documents.isEmpty {
      parts.append("<p>\(context.plain(context.ui("procedure.documents")))</p>")
      parts.append(
        "<ul class=\"guide-list\">\n"
          + documents.map { "<li>\(attachmentHTML(context, $0))</li>" }.joined(separator: "\n")
          + "\n</ul>")
    }
    if let figure = step.figure { parts.append(FigureView.html(context, figure)) }
    parts.append(contentsOf: step.notes.map { Layout.note(context, $0) })
    parts.append(contentsOf: step.gaps.map { Layout.gap(context, $0) })
    return """
      <li class="guide-step" id="\(context.id(step.id))" data-step="\(number)">
      \(parts.joined(separator: "\n"))
      </li>
      """
  }
}
