/// The slides' stylesheet, loaded by slide pages only. Without JavaScript the slides are one
/// long page; with it (`js-slides`), one slide fills the screen in large type. In print,
/// one slide per A4 landscape page.
enum SlidesStylesheet {
  static let css = #"""
    .guide-slide { border: 2px solid #b1b4b6; padding: 16px 24px; margin: 24px 0; }
    .guide-slide__title { margin-top: 0.2em; }
    .guide-slide__kicker, .guide-slide__step { color: #505a5f; margin-bottom: 0; }
    .guide-slide__notes { border-top: 1px dashed #b1b4b6; margin-top: 16px; color: #505a5f; font-size: 0.9rem; }
    .guide-slide__notes-title { font-weight: bold; margin-bottom: 0; }
    .guide-slide__closing { font-size: 3rem; text-align: center; }
    .guide-deck__bar, .guide-deck__counter { display: none; }
    .guide-presenter { display: none; }

    .js-slides body { overflow: hidden; }
    .js-slides .guide-header__name, .js-slides .guide-footer, .js-slides .guide-breadcrumbs,
    .js-slides .guide-deck__help, .js-slides .guide-skip { display: none; }
    /* The deck's title stays for screen readers while a slide fills the screen. */
    .js-slides .guide-deck__heading { position: absolute; left: -9999px; }
    .js-slides .guide-header { position: fixed; top: 0; right: 0; z-index: 5; background: transparent; padding: 8px; }
    .js-slides .guide-toggle, .js-slides .guide-toggle:visited { color: #1d4f91; border-color: #1d4f91; background: #fff; }
    .js-slides .guide-slide { display: none; position: fixed; top: 0; left: 0; right: 0; bottom: 6px; margin: 0; border: 0;
      padding: 5vh 6vw; overflow: auto; font-size: 2vw; line-height: 1.6; background: #fff; }
    .js-slides .guide-slide.is-current { display: block; }
    .js-slides .guide-slide h2, .js-slides .guide-slide h3 { font-size: 1.5em; }
    .js-slides .guide-slide--title .guide-slide__title, .js-slides .guide-slide--section .guide-slide__title { font-size: 2em; margin-top: 10vh; }
    .js-slides .guide-slide__closing { font-size: 4em; margin-top: 30vh; }
    .js-slides .guide-slide__notes { display: none; }
    .js-slides .guide-slide__columns { display: -webkit-flex; display: flex; -webkit-align-items: flex-start; align-items: flex-start; }
    .js-slides .guide-slide__text { -webkit-flex: 1 1 50%; flex: 1 1 50%; margin-right: 3vw; }
    .js-slides .guide-slide__figure { -webkit-flex: 1 1 50%; flex: 1 1 50%; }
    .js-slides .guide-slide .guide-figure { margin: 0; }
    .js-slides .guide-slide .guide-figure__caption, .js-slides .guide-slide .guide-figure__legend-title { font-size: 0.6em; }
    .js-slides .guide-slide .guide-legend { font-size: 0.75em; }
    .js-slides .guide-slide .guide-callout { min-width: 1.4em; height: 1.4em; line-height: 1.4em; border-radius: 0.7em; font-size: 0.8em; }
    .js-slides .guide-slide p, .js-slides .guide-slide li { max-width: none; }
    .js-slides .guide-deck__bar { display: block; position: fixed; left: 0; right: 0; bottom: 0; height: 6px; background: #dee0e2; }
    .js-slides .guide-deck__progress { height: 6px; background: #1d70b8; width: 0; }
    .js-slides .guide-deck__counter { display: block; position: fixed; right: 12px; bottom: 12px; margin: 0; color: #505a5f; font-size: 1rem; }

    .js-presenter .guide-deck .guide-slide.is-current { display: none; }
    .js-presenter .guide-presenter { display: block; position: fixed; top: 0; left: 0; right: 0; bottom: 0; padding: 16px 24px;
      overflow: auto; background: #0b0c0c; color: #fff; font-size: 1.2rem; }
    .js-presenter .guide-header { display: none; }
    .guide-presenter__top { display: -webkit-flex; display: flex; -webkit-justify-content: space-between; justify-content: space-between; font-size: 1.6rem; }
    .guide-presenter__columns { display: -webkit-flex; display: flex; margin-top: 16px; }
    .guide-presenter__notes { -webkit-flex: 3 1 0; flex: 3 1 0; margin-right: 24px; font-size: 1.5rem; }
    .guide-presenter__notes a { color: #fff; }
    .guide-presenter__now { border-bottom: 1px solid #505a5f; margin-bottom: 12px; font-size: 1.1rem; color: #dee0e2; }
    .guide-presenter__speaker { color: #fff; }
    .guide-presenter__next { -webkit-flex: 2 1 0; flex: 2 1 0; background: #fff; color: #0b0c0c; padding: 12px; font-size: 0.8rem; }
    .guide-presenter__next .guide-slide__notes { display: none; }
    .guide-presenter__label { color: #b1b4b6; font-size: 1rem; margin: 0 0 6px; }

    @media print {
      @page { size: A4 landscape; margin: 10mm; }
      html, body { overflow: visible; }
      .guide-header, .guide-footer, .guide-breadcrumbs, .guide-deck__heading, .guide-deck__help,
      .guide-deck__bar, .guide-deck__counter, .guide-slide__notes, .guide-presenter, .guide-skip { display: none !important; }
      .guide-main { padding: 0; }
      .guide-slide, .js-slides .guide-slide { display: block; position: static; border: 0; margin: 0; padding: 0;
        height: 180mm; overflow: hidden; page-break-after: always; page-break-inside: avoid; font-size: 16pt; }
      .guide-slide:last-of-type { page-break-after: auto; }
      .guide-slide__columns { display: -webkit-flex; display: flex; }
      .guide-slide__text { -webkit-flex: 1 1 50%; flex: 1 1 50%; margin-right: 8mm; }
      .guide-slide__figure { -webkit-flex: 1 1 50%; flex: 1 1 50%; }
      .guide-slide .guide-figure { max-width: 100%; }
    }
    """#
}
