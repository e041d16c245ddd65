namespace PovertyEtl.Tests.Support;

/// <summary>A <c>TongHop</c> row of the tidy report: a real commune of Trà Cú (849), its stocks and flows.</summary>
public sealed record TidyCommune(int Row, string Code, string Name, bool Urban, long Total,
    long PoorStart, long PoorEscaped, long PoorNew, long PoorReturned,
    long NearPoorStart, long NearPoorEscaped, long NearPoorNew, long PoorNoLabour)
{
    public long PoorEnd => PoorStart - PoorEscaped + PoorNew + PoorReturned;
    public long NearPoorEnd => NearPoorStart - NearPoorEscaped + NearPoorNew;
    public decimal PoorRate => Math.Round(100m * PoorEnd / Total, 2);
    public decimal NearPoorRate => Math.Round(100m * NearPoorEnd / Total, 2);
}

/// <summary>A <c>DanhSachHo</c> row of the tidy report. Names and ID numbers are synthetic.</summary>
public sealed record TidyHousehold(int Row, string Code, string CommuneCode, string HeadName, string IdNumber, int Members,
    string Ethnicity, string? Area, decimal Income, string Category, string Change, IReadOnlyList<string?> Indicators)
{
    public bool Poor => Category == "Hộ nghèo";
    public bool EthnicMinority => Ethnicity != "Kinh";
}

/// <summary>A <c>HoTro</c> row of the tidy report.</summary>
public sealed record TidySupport(int Row, string CommuneCode, string Program, long Beneficiaries, decimal AmountMillion);

/// <summary>
/// The content of the tidy report, consistent in every way the format checks: flows balance,
/// rates are right, each commune's households in <c>DanhSachHo</c> are its year-end stocks and
/// agree with the 2022-2026 standard (rural line 1,500,000 đồng, urban 2,000,000; poor with 3 or
/// more of the 12 deprivations, near-poor with fewer).
/// </summary>
public static class TidyData
{
    public const string ProvinceCode = "84";
    public const string ProvinceName = "Trà Vinh";
    public const string DistrictCode = "849";
    public const string DistrictName = "Trà Cú";
    public const int Year = 2024;
    public static readonly DateTime ReportDate = new(2024, 12, 15);

    // Declared first: static fields initialise in order, and the households are built from them.
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Thạch", "Kim", "Sơn", "Lâm"];
    private static readonly string[] GivenNames = ["Văn Một", "Thị Hai", "Văn Ba", "Thị Bốn", "Văn Năm", "Thị Sáu", "Văn Bảy"];
    private static readonly string[] Ethnicities = ["Kinh", "Khmer", "Khơ-me", "Hoa"];
    private static readonly string[] DeprivedMarks = ["x", "1", "có", "X"];

    /// <summary>Rows 2-5 of <c>TongHop</c>: a town (urban) and three rural communes.</summary>
    public static IReadOnlyList<TidyCommune> Communes { get; } =
    [
        new(2, "29461", "Trà Cú", Urban: true, 120, 4, 2, 1, 0, 3, 2, 1, 1),
        new(3, "29464", "Phước Hưng", Urban: false, 250, 3, 1, 0, 0, 2, 1, 2, 0),
        new(4, "29467", "Tập Sơn", Urban: false, 310, 5, 2, 0, 1, 2, 1, 0, 1),
        new(5, "29470", "Tân Sơn", Urban: false, 180, 1, 1, 1, 0, 3, 2, 1, 0),
    ];

    public static IReadOnlyList<TidyHousehold> Households { get; } = BuildHouseholds();

    /// <summary>Rows 2-5 of <c>HoTro</c>: one program per commune.</summary>
    public static IReadOnlyList<TidySupport> Support { get; } =
    [
        new(2, "29461", "Vay vốn ưu đãi", 3, 150m),
        new(3, "29464", "Đào tạo nghề", 5, 12.5m),
        new(4, "29467", "Thẻ BHYT", 7, 4.2m),
        new(5, "29470", "Hỗ trợ nhà ở", 1, 40m),
    ];

    public static long PoorEthnicMinority(TidyCommune c) => Households.Count(h => h.CommuneCode == c.Code && h.Poor && h.EthnicMinority);

    private static List<TidyHousehold> BuildHouseholds()
    {
        var result = new List<TidyHousehold>();
        var row = 2;
        foreach (var c in Communes)
        {
            for (var j = 0; j < c.PoorEnd + c.NearPoorEnd; j++)
            {
                var poor = j < c.PoorEnd;
                var n = row - 1;
                // Poor: 3 or 4 deprivations under the line; near-poor: 0-2. A rural near-poor household
                // sits exactly on the line (1,500,000 đồng is still under it).
                var deprived = poor ? 3 + j % 2 : j % 3;
                var income = (c.Urban, poor) switch
                {
                    (true, true) => 1_800_000m,
                    (true, false) => 1_950_000m,
                    (false, true) => 1_100_000m + 10_000m * j,
                    (false, false) => j % 2 == 0 ? 1_500_000m : 1_420_000m,
                };
                var indicators = Enumerable.Range(0, 12)
                    .Select(i => i < deprived ? DeprivedMarks[(i + n) % DeprivedMarks.Length] : (i % 2 == 0 ? "0" : null))
                    .ToArray();
                result.Add(new TidyHousehold(row, $"{c.Code}-{j + 1:000}", c.Code,
                    $"{FamilyNames[n % FamilyNames.Length]} {GivenNames[n % GivenNames.Length]}",
                    $"0841900{n:00000}", 1 + n % 6, Ethnicities[n % Ethnicities.Length],
                    n % 2 == 0 ? null : (c.Urban ? "Thành thị" : "Nông thôn"), income,
                    poor ? "Hộ nghèo" : "Hộ cận nghèo",
                    poor ? (j == 0 ? "Phát sinh" : j == 1 && c.PoorReturned > 0 ? "Tái nghèo" : "Cũ") : "Cũ",
                    indicators));
                row++;
            }
        }
        return result;
    }
}
