namespace PovertyEtl.Feedback.RunSummary;

/// <summary>The page's CSS, inline: the page is one file an operator can open or mail anywhere.</summary>
internal static class PageStyle
{
    public const string Css = """
        * { box-sizing: border-box; }
        body { margin: 0; background: #f4f6f9; color: #1f2933; font: 15px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
        main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 40px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 0 0 6px; }
        .meta, .note, footer { color: #52606d; font-size: 13px; margin: 0 0 10px; }
        .status { display: inline-block; padding: 2px 10px; border-radius: 10px; font-weight: 600; font-size: 13px; }
        .status.succeeded { background: #d5f0dc; color: #1d6b36; }
        .status.failed { background: #f8d4d4; color: #8f1f1f; }
        .status.interrupted { background: #fbe8c8; color: #7a4b00; }
        .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 18px 0; }
        .tile { background: #fff; border-radius: 8px; padding: 12px 16px; border-top: 4px solid #9aa5b1; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
        .tile b { display: block; font-size: 28px; line-height: 1.2; }
        .tile span { color: #52606d; font-size: 13px; }
        .tile.loaded { border-color: #3a9a5b; }
        .tile.rejected { border-color: #c23b3b; }
        .tile.duplicate { border-color: #9aa5b1; }
        .tile.superseded { border-color: #2f6db5; }
        .tile.failed { border-color: #e08a1e; }
        section { overflow-x: auto; background: #fff; border-radius: 8px; padding: 16px 18px; margin: 0 0 16px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
        .count { display: inline-block; min-width: 22px; padding: 0 6px; border-radius: 10px; background: #e4e7eb; font-size: 13px; text-align: center; }
        table { width: 100%; border-collapse: collapse; font-size: 14px; }
        th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #e4e7eb; }
        th { background: #f0f2f5; font-weight: 600; }
        #rejected h2 { color: #8f1f1f; }
        #rejected td:last-child { width: 55%; }
        .findings { margin: 0; padding-left: 16px; }
        .findings li { margin: 0 0 4px; }
        .findings .more { list-style: none; color: #52606d; }
        code { font-size: 12px; background: #f0f2f5; padding: 1px 4px; border-radius: 3px; }
        .rule { font-size: 11px; color: #52606d; }
        svg.chart { width: 100%; height: auto; display: block; font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
        svg .label { font-size: 13px; fill: #1f2933; }
        svg .strong { font-weight: 700; }
        svg .figure { font-size: 12px; fill: #1f2933; }
        svg .scale, svg .legend { font-size: 12px; fill: #52606d; }
        svg .grid { stroke: #e4e7eb; stroke-width: 1; }
        """;
}
