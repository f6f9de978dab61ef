import ManualContent

/// One procedure in GOV.UK's step-by-step style: what you need before you start, then the
/// numbered steps ("step 3 of 7"), each with an anchor, its figure, notes and gaps.
enum ProcedurePage {
  static func path(_ procedure: Procedure, _ language: Language) -> String {
    SitePaths.procedure(procedure.id, language)
  }

  static func html(_ manual: Manual, _ procedure: Procedure, _ language: Language) -> HTML {
    let context = PageContext(manual: manual, language: language, path: path(procedure, language))
    var parts: [HTML] = ["<h1>\(context.rich(procedure.title))</h1>"] + body(context, procedure)
    parts.append(
      "<p class=\"guide-slides-link\"><a href=\"\(context.link(SitePaths.procedureSlides(procedure.id, language)))\">\(context.plainUI("slides.link"))</a></p>"
    )
    parts.append(
      "<p class=\"guide-back\"><a href=\"\(context.link(SitePaths.home(language)))\">\(context.plainUI("procedure.back"))</a></p>"
    )
    return Layout.page(
      context, title: procedure.title[language],
      breadcrumbs: [(context.ui("nav.home"), SitePaths.home(language))],
      main: parts.joined(separator: "\n"))
  }

  /// Everything of a procedure below its title: shared by its own page and the print page.
  static func body(_ context: PageContext, _ procedure: Procedure) -> [HTML] {
    var parts: [HTML] = []
    parts.append("<p class=\"guide-lead\">\(context.rich(procedure.summary))</p>")
    parts.append(contentsOf: procedure.notes.map { Layout.note(context, $0) })
    parts.append(beforeYouStart(context, procedure))
    parts.append(
      "<\(context.h(2)) id=\"\(context.id(SitePaths.stepsAnchor))\">\(context.plainUI("procedure.steps"))</\(context.h(2))>"
    )
    parts.append(contentsOf: procedure.gaps.map { Layout.gap(context, $0) })
    if let figure = procedure.figure { parts.append(FigureView.html(context, figure)) }
    if !procedure.steps.isEmpty {
      let steps = procedure.steps.enumerated().map { index, step in
        StepView.listItem(context, step, number: index + 1, of: procedure.steps.count)
      }
      parts.append("<ol class=\"guide-steps\">\n\(steps, separator: "\n")\n</ol>")
    }
    return parts
  }

  /// "Before you start": the fields and the documents the request asks for, read from the
  /// same definitions that the bundle validator checks.
  static func beforeYouStart(_ context: PageContext, _ procedure: Procedure) -> HTML {
    let manual = context.manual
    let fields = procedure.fieldIDs.compactMap(manual.field).map {
      "<li>\(context.rich($0.label))</li>" as HTML
    }
    let attachments = procedure.attachmentRoleIDs.compactMap(manual.attachmentRole).map {
      "<li>\(attachmentHTML(context, $0))</li>" as HTML
    }
    let documents: HTML =
      attachments.isEmpty
      ? "<p>\(context.plainUI("procedure.no-attachments"))</p>"
      : "<ul class=\"guide-list\" data-guide-attachments>\n\(attachments, separator: "\n")\n</ul>\n\(manual.attachmentGaps.map { Layout.gap(context, $0) }, separator: "\n")"
    return """
      <section class="guide-before" aria-labelledby="\(context.id(SitePaths.beforeAnchor))">
      <\(context.h(2)) id="\(context.id(SitePaths.beforeAnchor))">\(context.plainUI("procedure.before"))</\(context.h(2))>
      <p>\(context.plainUI("procedure.before.lead"))</p>
      <ul class="guide-list"><li>\(context.rich(manual.systemAddress))</li></ul>
      <\(context.h(3))>\(context.plainUI("procedure.fields"))</\(context.h(3))>
      <ul class="guide-list" data-guide-fields>
      \(fields, separator: "\n")
      </ul>
      <\(context.h(3))>\(context.plainUI("procedure.attachments"))</\(context.h(3))>
      \(documents)
      \(CheckPage.link(context))
      </section>
      """
  }

  /// A document with its file types and what the officer must declare about it.
  static func attachmentHTML(_ context: PageContext, _ role: AttachmentRole) -> HTML {
    let types = role.fileTypes.map { "<code>.\($0.fileExtension)</code>" as HTML }.joined(separator: " / ")
    let declarations = role.declarationIDs.compactMap(context.manual.declaration).map {
      context.rich($0.label)
    }
    var html: HTML = "<strong data-role=\"\(role.id)\">\(context.rich(role.title))</strong>"
    if !declarations.isEmpty {
      html += " — \(context.plainUI("procedure.declare")) \(declarations, separator: ", ")"
    }
    html += " <span class=\"guide-types\">(\(context.plainUI("procedure.file-types")) \(types))</span>"
    return html
  }
}
