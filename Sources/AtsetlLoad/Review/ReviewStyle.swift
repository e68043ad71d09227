/// The review page's style sheet (inline: the page must work without network or other files).
enum ReviewStyle {
  static let css = """

    :root { --ink: #1d2430; --muted: #5b6675; --line: #d8dde4; --accent: #1f5fa8; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #f6f7f9; }
    header { background: #fff; border-bottom: 1px solid var(--line); padding: 18px 32px 10px; }
    h1 { font-size: 22px; margin: 0 0 4px; }
    h1 .run { color: var(--muted); font-weight: normal; margin-left: 6px; }
    .totals { margin: 0 0 8px; color: var(--muted); }
    nav a { margin-right: 18px; color: var(--accent); text-decoration: none; font-size: 14px; }
    main { max-width: 1040px; margin: 0 auto; padding: 8px 32px 48px; }
    section { margin-top: 24px; }
    h2 { font-size: 18px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
    h3 { font-size: 16px; margin: 0 0 2px; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
    h4 { font-size: 15px; margin: 18px 0 4px; }
    h4.report { color: var(--muted); font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
    h5 { font-size: 14px; margin: 12px 0 2px; color: var(--muted); }
    .empty, .meta { color: var(--muted); }
    .meta { margin: 0 0 8px; font-size: 13px; }
    .bad, .quarantined { color: #a3261b; }
    table.kinds { border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
    table.kinds th, table.kinds td { padding: 4px 14px; border-bottom: 1px solid var(--line); text-align: left; }
    .num { text-align: right !important; font-variant-numeric: tabular-nums; }
    .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 8px; vertical-align: -1px; border: 1px solid rgba(0,0,0,.18); }
    .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 16px; }
    figure.series { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
    figcaption { font-weight: 600; }
    figcaption .metric { display: block; font-weight: normal; color: var(--muted); font-size: 12px; }
    svg.chart { width: 100%; height: auto; display: block; }
    svg .grid { stroke: #e6e9ee; stroke-width: 1; }
    svg .tick, svg .year { fill: var(--muted); font-size: 12px; }
    svg .line { fill: none; stroke: var(--accent); stroke-width: 2.5; }
    svg .gap { stroke: var(--accent); stroke-width: 1.5; stroke-dasharray: 5 5; opacity: .6; }
    .legend { color: var(--muted); font-size: 13px; margin: 0 0 10px; }
    svg .point { fill: var(--accent); stroke: var(--accent); stroke-width: 2; }
    svg .point.hollow { fill: #fff; }
    svg .label { fill: var(--ink); font-size: 12.5px; font-weight: 600; }
    .conflict { color: #a3261b; font-size: 13px; margin: 4px 0 0; }
    ul.quarantine li { margin-bottom: 4px; }
    article.document { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 14px 20px; margin-bottom: 16px; }
    p.sentence { margin: 4px 0; }
    .also { color: var(--muted); font-size: 13px; }
    mark.fact { position: relative; border-radius: 3px; padding: 0 2px; cursor: help; color: inherit; outline: none; }
    mark.fact:focus { box-shadow: 0 0 0 2px var(--accent); }
    mark.fact .tip { display: none; position: absolute; left: 0; top: 1.7em; z-index: 10; min-width: 240px; padding: 8px 10px; background: #1d2430; color: #fff; border-radius: 5px; font-size: 12.5px; line-height: 1.45; white-space: nowrap; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
    mark.fact:hover .tip, mark.fact:focus .tip, mark.fact:target .tip { display: block; }
    mark.fact:target { box-shadow: 0 0 0 2px #a3261b; }
    .tip .field { display: block; }
    .tip .name { display: inline-block; min-width: 88px; color: #a9b4c2; }
    .k-count { background: #dbeafe; } .k-percent { background: #dcfce7; } .k-percentage_points { background: #bbf7d0; }
    .k-money { background: #fde68a; } .k-fraction { background: #fbcfe8; } .k-year { background: #e5e7eb; }
    .k-date { background: #e9d5ff; } .k-duration { background: #fed7aa; } .k-ordinal { background: #cffafe; }
    .k-number { background: #fecaca; }

    """
}
