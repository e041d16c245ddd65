using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using PovertyEtl.Feedback.Annex;
using PovertyEtl.Hosting;

namespace PovertyEtl.Commands;

/// <summary>
/// <c>export annex --province CODE --year YYYY [-o FILE]</c>: the province's results workbook as its
/// decision annexes lay them out (by district up to 2024, by commune from 2025), from the mart of an
/// existing warehouse opened read-only. A province or year that is not one is exit 2 naming it; a
/// province-year with nothing loaded is exit 1 and writes nothing; an existing file is never
/// overwritten (it may be a signed copy).
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var province = new Option<string>("--province")
        {
            Description = "Mã tỉnh của năm rà soát: 63 tỉnh đến 2024 (ví dụ 84 Trà Vinh), 34 tỉnh từ 2025 (ví dụ 86 Vĩnh Long).",
            Required = true,
        };
        var year = new Option<int>("--year") { Description = "Năm rà soát, ví dụ 2022.", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "Tệp ghi ra (mặc định annex-{tỉnh}-{năm}.xlsx trong thư mục hiện hành)." };
        var annex = new Command("annex", "Ghi bảng kết quả rà soát của tỉnh như phụ lục quyết định công bố: theo huyện (đến 2024) hoặc theo xã (từ 2025).")
        {
            province, year, output,
        };
        annex.SetAction((parse, cancellation) => RunAsync(parse, parse.GetValue(province)!, parse.GetValue(year), parse.GetValue(output), cancellation));
        return new Command("export", "Xuất số liệu từ kho dữ liệu thành văn bản để ký, công bố.") { annex };
    }

    private static async Task<int> RunAsync(ParseResult parse, string provinceCode, int year, string? output, CancellationToken cancellation)
    {
        using var app = AppHost.Start(parse, "export annex");
        var reference = app.Services.GetRequiredService<ReferenceData>();
        var time = app.Services.GetRequiredService<TimeProvider>();
        var (subject, problem) = AnnexSubject.Find(provinceCode, year, reference, time.GetLocalNow().Year);
        if (subject is null)
        {
            Console.Error.WriteLine(problem);
            return ExitCodes.UsageError;
        }
        var path = output ?? $"annex-{subject.Province.Code}-{year}.xlsx";
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"Tệp đã có, không ghi đè: {path}; chọn tên khác bằng -o / the file exists and is not overwritten");
            return ExitCodes.UsageError;
        }
        using var warehouse = app.Services.GetRequiredService<WarehouseAccess>().OpenForReading();
        var figures = await warehouse.ProvinceAnnexAsync(subject.Province.Code, year, cancellation);
        if (figures.Lines.Count == 0)
        {
            Console.Error.WriteLine($"Chưa có số liệu năm {year} của {subject.Province.DisplayName} ({subject.Province.Code}) trong {warehouse.Description}; " +
                                    "không ghi tệp / nothing loaded for this province and year, no file written");
            return ExitCodes.FileRejected;
        }
        ProvinceAnnex.Write(path, subject, figures, time.GetLocalNow());
        app.Services.GetRequiredService<ILogger>().Information("Annex of province {Province}, year {Year} written to {Path} from {Loads} loads",
            subject.Province.Code, year, path, figures.Sources.Count);
        Console.WriteLine(path);
        return ExitCodes.Ok;
    }
}
