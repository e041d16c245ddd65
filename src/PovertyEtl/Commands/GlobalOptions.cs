using System.CommandLine;

namespace PovertyEtl.Commands;

/// <summary>The options every command takes (contract: <c>--warehouse</c>, <c>--config</c>).</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Warehouse = new("--warehouse")
    {
        Description = "Kho dữ liệu: đường dẫn tệp DuckDB, hoặc chuỗi kết nối PostgreSQL bắt đầu bằng Host= (Warehouse:ConnectionString).",
        Recursive = true,
    };

    public static readonly Option<string?> Config = new("--config")
    {
        Description = "Tệp cấu hình JSON bổ sung, đọc sau config/appsettings.json.",
        Recursive = true,
    };

    /// <summary>The command line's settings, layered last over files and environment.</summary>
    public static IReadOnlyDictionary<string, string?> Overrides(ParseResult parse) => new Dictionary<string, string?>
    {
        ["Warehouse:ConnectionString"] = parse.GetValue(Warehouse),
    };
}
