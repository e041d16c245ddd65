using PovertyEtl.Reading.Layout;

namespace PovertyEtl.Feedback.Samples;

/// <summary>
/// How one sample file is laid out: every choice the format leaves to whoever reports, drawn from
/// the seed. The data do not depend on it; only how they are written does.
/// </summary>
public sealed record SampleLayout
{
    /// <summary>Text in a shared string table (as Excel writes) rather than inline in the cells.</summary>
    public bool SharedStrings { get; init; }

    /// <summary>Sheets named in Vietnamese (<c>Thông tin</c>, <c>Tổng hợp</c>…) instead of <see cref="ReportFormat"/>'s names.</summary>
    public bool VietnameseSheetNames { get; init; }
    public GuideSheet GuideSheet { get; init; }
    public bool SupportSheet { get; init; }

    // ThongTin.
    /// <summary>Labels merged over two columns, the value in the third.</summary>
    public bool InfoLabelsMerged { get; init; }
    /// <summary>Labels ending in a colon (<c>Mã tỉnh:</c>).</summary>
    public bool InfoLabelsWithColon { get; init; }
    /// <summary><c>Ngày lập</c> as <c>dd/MM/yyyy</c> text rather than a date cell.</summary>
    public bool ReportDateAsText { get; init; }
    /// <summary>Codes (province, district, commune) as text cells rather than numbers.</summary>
    public bool CodesAsText { get; init; }

    // Every table.
    /// <summary>A merged title block (issuing body, national motto, report title) above the table.</summary>
    public bool TitleBlock { get; init; }
    /// <summary>Group titles in a row above the column titles; ungrouped header cells merged down over both rows.</summary>
    public bool TwoRowHeader { get; init; }
    public ColumnNumbering ColumnNumbers { get; init; }
    public ColumnOrder ColumnOrder { get; init; }
    public HeaderSpelling HeaderSpelling { get; init; }
    /// <summary>Units in parentheses after headers: <c>(hộ)</c>, <c>(người)</c>, <c>(đồng/người/tháng)</c>.</summary>
    public bool UnitsInHeaders { get; init; }
    /// <summary>Long headers broken over lines inside their cell.</summary>
    public bool LineBreaksInHeaders { get; init; }
    /// <summary>Columns outside the format: <c>STT</c> first, <c>Ghi chú</c> last, a commune name in the lists.</summary>
    public bool ExtraColumns { get; init; }
    /// <summary>Blank rows and group-title rows (<c>Khu vực nông thôn</c>, a commune's name) between data rows.</summary>
    public bool GroupRows { get; init; }
    /// <summary>The signature block under each table (<c>Người lập biểu</c>, place and date, the chairman).</summary>
    public bool SignatureBlock { get; init; }

    // TongHop.
    public CommuneNaming CommuneNames { get; init; }
    public CountWriting Counts { get; init; }
    /// <summary><c>poor_end</c> as <c>=D9-E9+F9+G9</c> with its cached value.</summary>
    public bool PoorEndFormula { get; init; }
    /// <summary>Whether the optional rate columns are there, and how they are written.</summary>
    public bool RateColumns { get; init; }
    public RateWriting Rates { get; init; }
    public bool EthnicMinorityColumn { get; init; }
    /// <summary>Both no-labour columns: poor and near-poor households with no member able to work.</summary>
    public bool NoLabourColumn { get; init; }
    public TotalsRow Totals { get; init; }
    /// <summary>The totals row right under the header (as many forms print it) rather than at the bottom.</summary>
    public bool TotalsOnTop { get; init; }

    // DanhSachHo.
    public bool IdNumberColumn { get; init; }
    public bool AreaColumn { get; init; }
    public bool ChangeColumn { get; init; }
    public IncomeWriting Income { get; init; }
    public CategoryWriting Categories { get; init; }
    /// <summary>How a deprived indicator is marked: <c>x</c>, <c>X</c>, <c>1</c> (a number) or <c>có</c>.</summary>
    public string DeprivedMark { get; init; } = "x";
    /// <summary>A 0 in the indicators a household is not deprived in, instead of an empty cell.</summary>
    public bool NotDeprivedAsZero { get; init; }

    // HoTro.
    public SupportAmount SupportAmounts { get; init; }
}
