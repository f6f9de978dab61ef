import ManualContent

/// A picture with numbered callouts drawn over it in CSS alone (red circles with white
/// numbers, as in the original deck), and a legend that says what each number points at.
enum FigureView {
  static func html(_ context: PageContext, _ figure: Figure) -> HTML {
    let overlay = figure.callouts.map { callout -> HTML in
      "<span class=\"guide-callout\" style=\"left:\(percent(callout.x));top:\(percent(callout.y))\" aria-hidden=\"true\">\(callout.number)</span>"
    }.joined()
    let legend = figure.callouts.map { callout -> HTML in
      "<li><span class=\"guide-callout guide-callout--legend\">\(callout.number)</span> \(context.rich(callout.label))</li>"
    }.joined(separator: "\n")
    let caption = context.ui(figure.schematic ? "figure.schematic" : "figure.screenshot")
    return """
      <figure class="guide-figure">
      <div class="guide-figure__frame">
      <img src="\(context.link(SitePaths.asset(figure.image)))" alt="\(context.unmarked(figure.alt[context.language]))">\(overlay)
      </div>
      <figcaption>
      <p class="guide-figure__caption">\(context.plain(caption))</p>
      <p class="guide-figure__legend-title">\(context.plainUI("figure.legend"))</p>
      <ul class="guide-legend">
      \(legend)
      </ul>
      </figcaption>
      </figure>
      """
  }

  /// Percentages printed the same way on every machine, so builds are byte-identical.
  private static func percent(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
  }
}
