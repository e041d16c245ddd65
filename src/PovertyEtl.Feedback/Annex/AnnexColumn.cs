using PovertyEtl.Domain.Reports;
using PovertyEtl.Ingestion.Figures;

namespace PovertyEtl.Feedback.Annex;

/// <summary>
/// A figure column of the annex, as the provinces' decision annexes lay them out: its group
/// heading (first heading row), its own heading (second row, or null when the group heading spans
/// both rows), a fixed width (no measuring of text: that needs libgdiplus) and its value.
/// Counts are whole households; rates are points rounded to 2 places (<see cref="PovertyRate"/>).
/// </summary>
internal sealed record AnnexColumn(string Group, string? Heading, double Width, bool IsRate, Func<AnnexLine, decimal?> Value)
{
    /// <summary>Excel's built-in <c>#,##0</c> and <c>0.00</c>: shown with the reader's separators (vi-VN: 287.000 and 1,88).</summary>
    public int NumberFormatId => IsRate ? 2 : 3;

    public static readonly IReadOnlyList<AnnexColumn> Figures =
    [
        new("Tổng số hộ dân cư", null, 14, false, l => l.TotalHouseholds),
        new("Hộ nghèo", "Số hộ", 11, false, l => l.PoorEnd),
        new("Hộ nghèo", "Tỷ lệ (%)", 9, true, l => PovertyRate.Percent(l.PoorEnd, l.TotalHouseholds)),
        new("Hộ cận nghèo", "Số hộ", 11, false, l => l.NearPoorEnd),
        new("Hộ cận nghèo", "Tỷ lệ (%)", 9, true, l => PovertyRate.Percent(l.NearPoorEnd, l.TotalHouseholds)),
        new("Hộ không có khả năng lao động", "Hộ nghèo", 13, false, l => l.PoorNoLabourEnd),
        new("Hộ không có khả năng lao động", "Hộ cận nghèo", 13, false, l => l.NearPoorNoLabourEnd),
        new("Hộ nghèo dân tộc thiểu số", null, 14, false, l => l.PoorEthnicMinorityEnd),
    ];
}
