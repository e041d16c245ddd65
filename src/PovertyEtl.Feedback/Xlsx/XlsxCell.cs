namespace PovertyEtl.Feedback.Xlsx;

internal enum XlsxCellKind : byte { Blank, Text, Number, Boolean, Formula }

/// <summary>
/// One cell to write: text, a number, a boolean, or a formula with the value it last computed
/// (readers take the cached value and never recalculate). A blank cell is written only when it
/// carries a style, such as the borders of a merged header.
/// </summary>
internal readonly record struct XlsxCell(XlsxCellKind Kind, string? Text, double Number, XlsxStyle Style)
{
    public static XlsxCell Blank(XlsxStyle style) => new(XlsxCellKind.Blank, null, 0, style);

    public static XlsxCell Of(string text, XlsxStyle style = XlsxStyle.Default) => new(XlsxCellKind.Text, text, 0, style);

    public static XlsxCell Of(double number, XlsxStyle style = XlsxStyle.Default) => new(XlsxCellKind.Number, null, number, style);

    public static XlsxCell Of(bool value) => new(XlsxCellKind.Boolean, null, value ? 1 : 0, XlsxStyle.Default);

    /// <summary><paramref name="formula"/> without the leading <c>=</c>, as the file stores it.</summary>
    public static XlsxCell Formula(string formula, double cachedValue, XlsxStyle style = XlsxStyle.Default) =>
        new(XlsxCellKind.Formula, formula, cachedValue, style);

    public bool IsEmpty => Kind == XlsxCellKind.Blank && Style == XlsxStyle.Default;
}
