/// The site's one stylesheet. It must work in Chrome 38, which CRIMES requires: no custom
/// properties, no grid, no `gap` on flex boxes, no `:focus-visible`; prefixed transforms.
enum Stylesheet {
  static let css = #"""
    /* CRIMES guide. Chrome 38 safe: no custom properties, grid, flex gap or focus-visible. */
    html { font-size: 100%; -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; color: #0b0c0c; background: #fff;
      font-family: "Leelawadee UI", "Leelawadee", "Tahoma", "Noto Sans Thai", "Loma", "Garuda",
        "Segoe UI", "DejaVu Sans", Arial, sans-serif;
      font-size: 18px; line-height: 1.7;
    }
    :lang(th) { line-height: 1.8; }
    h1, h2, h3 { line-height: 1.4; margin: 1.2em 0 0.5em; }
    h1 { font-size: 2rem; }
    h2 { font-size: 1.5rem; }
    h3 { font-size: 1.2rem; }
    p, li, dd { max-width: 42em; }
    a { color: #1d4f91; }
    a:visited { color: #4c2c92; }
    a:focus { outline: 3px solid #ffbf47; outline-offset: 0; background: #ffbf47; color: #0b0c0c; }
    code { font-family: Consolas, "DejaVu Sans Mono", monospace; background: #f3f2f1; padding: 0 0.2em; }
    .guide-width { max-width: 960px; margin: 0 auto; padding: 0 16px; }
    .guide-skip { position: absolute; left: -9999px; }
    .guide-skip:focus { left: 8px; top: 8px; padding: 8px; z-index: 10; }
    .guide-header { background: #0b2a4a; color: #fff; padding: 10px 0; }
    .guide-header__inner { display: -webkit-flex; display: flex; -webkit-flex-wrap: wrap; flex-wrap: wrap;
      -webkit-justify-content: space-between; justify-content: space-between; -webkit-align-items: center; align-items: center; }
    .guide-header__name, .guide-header__name:visited { color: #fff; font-weight: bold; text-decoration: none; margin-right: 16px; }
    .guide-toggle, .guide-toggle:visited { color: #fff; border: 2px solid #fff; padding: 2px 12px; text-decoration: none; }
    .guide-breadcrumbs ol { list-style: none; padding: 0; margin: 12px 0 0; }
    .guide-breadcrumbs li { display: inline; }
    .guide-main { display: block; padding-bottom: 32px; }
    .guide-lead { font-size: 1.2rem; }
    .guide-caption { color: #505a5f; margin-bottom: 0; }
    .guide-button, .guide-button:visited { display: inline-block; background: #00703c; color: #fff; padding: 8px 16px;
      text-decoration: none; font-weight: bold; box-shadow: 0 2px 0 #002d18; }
    .guide-finder-box { border-left: 6px solid #00703c; padding: 4px 16px; background: #f3f2f1; margin: 24px 0; }
    .guide-procedures { padding-left: 1.5em; }
    .guide-procedures__item h3 { margin-top: 0.8em; }
    .guide-list { padding-left: 1.2em; }
    .guide-types { color: #505a5f; }
    .guide-before { border: 2px solid #b1b4b6; padding: 0 16px 8px; margin: 24px 0; }
    .guide-steps { list-style: none; padding: 0; margin: 0; counter-reset: none; }
    .guide-step { border-left: 3px solid #b1b4b6; padding: 0 0 16px 20px; margin: 0 0 0 12px; position: relative; }
    .guide-step__title { margin-top: 0.6em; }
    .guide-step__number { display: block; font-size: 1rem; font-weight: normal; color: #505a5f; }
    .guide-or { font-weight: bold; margin: 4px 0; }
    .guide-option { border-left: 4px solid #1d70b8; padding-left: 12px; }
    .guide-note { border-left: 6px solid #1d70b8; background: #eef5fb; padding: 4px 16px; margin: 16px 0; }
    .guide-note--warning { border-left-color: #d4351c; background: #fdf0ee; }
    .guide-note__label { display: inline-block; margin-right: 6px; }
    .guide-gap { border: 3px dashed #f47738; background: #fff7f0; padding: 4px 16px; margin: 16px 0; }
    .guide-gap__title { font-weight: bold; margin-bottom: 0; }
    .guide-gap__help { color: #505a5f; font-size: 0.9rem; }
    .guide-figure { margin: 16px 0; max-width: 640px; }
    .guide-figure__frame { position: relative; border: 1px solid #b1b4b6; line-height: 0; }
    .guide-figure__frame img { width: 100%; height: auto; display: block; }
    .guide-callout { display: inline-block; min-width: 28px; height: 28px; line-height: 28px; border-radius: 14px;
      background: #d4351c; color: #fff; font-weight: bold; font-size: 16px; text-align: center;
      border: 2px solid #fff; box-shadow: 0 0 0 1px #d4351c; }
    .guide-figure__frame .guide-callout { position: absolute; -webkit-transform: translate(-50%, -50%); transform: translate(-50%, -50%); }
    .guide-legend { list-style: none; padding: 0; margin: 0; }
    .guide-legend li { margin: 6px 0; }
    .guide-figure__caption { font-style: italic; color: #505a5f; margin-bottom: 0; }
    .guide-figure__legend-title { font-weight: bold; margin: 4px 0; }
    .guide-glossary dt { font-weight: bold; margin-top: 16px; }
    .guide-glossary dd { margin-left: 0; }
    .guide-answers { list-style: none; padding: 0; }
    .guide-answers li { margin: 12px 0; }
    .guide-answer { display: block; border: 2px solid #1d4f91; padding: 8px 12px; text-decoration: none; }
    .guide-root__languages { list-style: none; padding: 0; }
    .guide-root__languages li { margin: 16px 0; }
    .guide-root__title { display: block; }
    .guide-footer { border-top: 1px solid #b1b4b6; background: #f3f2f1; color: #0b0c0c; font-size: 0.9rem; padding: 8px 0; }
    .guide-header__search { display: -webkit-flex; display: flex; -webkit-align-items: center; align-items: center; margin-top: 8px; }
    .guide-header__label { color: #fff; margin-right: 8px; font-size: 0.9rem; }
    .guide-search__input { font: inherit; font-size: 1rem; padding: 4px 8px; border: 2px solid #0b0c0c; min-width: 0; width: 16em; max-width: 60%; }
    .guide-header__button { font: inherit; font-size: 1rem; margin-left: 6px; padding: 4px 12px; border: 2px solid #fff; background: #1d4f91; color: #fff; }
    .guide-search label { display: block; font-weight: bold; margin-bottom: 4px; }
    .guide-search .guide-button { border: 0; font: inherit; font-weight: bold; margin-left: 6px; }
    .guide-search__status { font-weight: bold; }
    .guide-results { padding-left: 1.5em; }
    .guide-result { margin: 12px 0; }
    .guide-result__link { font-weight: bold; font-size: 1.1rem; }
    mark { background: #fff2a8; color: #0b0c0c; }
    .guide-az h3 { margin-bottom: 0; }
    .guide-browser-check { font-weight: bold; border-top: 1px solid #d4351c; padding-top: 6px; }
    .guide-print__procedure { border-top: 4px solid #0b2a4a; margin-top: 32px; }
    @media (max-width: 640px) { body { font-size: 16px; } h1 { font-size: 1.6rem; } }
    @media print {
      @page { size: A4; margin: 15mm; }
      body { font-size: 11pt; line-height: 1.6; }
      .guide-header, .guide-footer, .guide-breadcrumbs, .guide-skip, .guide-back, .guide-finder-box { display: none; }
      a { color: #000; text-decoration: none; }
      .guide-step, .guide-figure, .guide-note, .guide-gap, .guide-before { page-break-inside: avoid; }
      h1, h2, h3, h4 { page-break-after: avoid; }
      .guide-print__procedure { page-break-before: always; border-top: 0; margin-top: 0; }
      .guide-header__search, .guide-browser-check { display: none; }
      .guide-callout { -webkit-print-color-adjust: exact; }
    }
    """#
}
