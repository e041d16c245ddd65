using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using PovertyEtl.Hosting;
using PovertyEtl.Feedback.Templates;

namespace PovertyEtl.Commands;

/// <summary>
/// <c>template --district CODE --year YYYY [-o FILE]</c> up to 2024, <c>template --province CODE
/// [--commune CODE] --year YYYY [-o FILE]</c> from 2025 (districts no longer exist): a blank report
/// workbook for the unit, its communes pre-filled, with drop-down lists and input checks. An
/// existing file is never overwritten: it may be an officer's filled copy.
/// </summary>
public static class TemplateCommand
{
    public static Command Create()
    {
        var district = new Option<string?>("--district") { Description = "Mã huyện (3 chữ số theo danh mục hành chính), ví dụ 849; cho năm đến 2024." };
        var province = new Option<string?>("--province")
        {
            Description = "Mã tỉnh theo danh mục từ 01/07/2025 (34 tỉnh), ví dụ 86; cho năm từ 2025, khi không còn cấp huyện.",
        };
        var commune = new Option<string?>("--commune") { Description = "Mã xã (5 chữ số, danh mục từ 01/07/2025) khi báo cáo là của riêng một xã; đi cùng --province." };
        var year = new Option<int>("--year") { Description = "Năm báo cáo, ví dụ 2024.", Required = true };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Tệp ghi ra (mặc định mau_{tỉnh}_{huyện}_{năm}.xlsx đến 2024; mau_{tỉnh}_{năm}.xlsx hoặc mau_{tỉnh}_{xã}_{năm}.xlsx từ 2025).",
        };
        var command = new Command("template",
            "Ghi mẫu báo cáo trống cho một huyện (đến 2024), một tỉnh hoặc một xã (từ 2025): danh sách xã điền sẵn, danh sách chọn và kiểm tra khi nhập.")
        {
            district, province, commune, year, output,
        };
        command.SetAction(parse => Run(parse, parse.GetValue(district), parse.GetValue(province), parse.GetValue(commune), parse.GetValue(year),
            parse.GetValue(output)));
        return command;
    }

    private static int Run(ParseResult parse, string? districtCode, string? provinceCode, string? communeCode, int year, string? output)
    {
        if (UsageProblem(districtCode, provinceCode, communeCode) is { } usage)
        {
            Console.Error.WriteLine(usage);
            return ExitCodes.UsageError;
        }
        using var app = AppHost.Start(parse, "template");
        var reference = app.Services.GetRequiredService<ReferenceData>();
        var currentYear = app.Services.GetRequiredService<TimeProvider>().GetLocalNow().Year;
        var (subject, problem) = districtCode is not null
            ? TemplateSubject.Find(districtCode, year, reference, currentYear)
            : TemplateSubject.FindAfterReform(provinceCode!, communeCode, year, reference, currentYear);
        if (subject is null)
        {
            Console.Error.WriteLine(problem);
            return ExitCodes.UsageError;
        }
        var path = output ?? $"mau_{subject.Unit.FileStem(year)}.xlsx";
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"Tệp đã có, không ghi đè: {path}; chọn tên khác bằng -o / the file exists and is not overwritten");
            return ExitCodes.UsageError;
        }
        ReportTemplate.Write(path, subject, reference);
        app.Services.GetRequiredService<ILogger>().Information("Template for reporting unit {ReportingUnit}, year {Year} written to {Path}", subject.Unit.Code, year, path);
        Console.WriteLine(path);
        return ExitCodes.Ok;
    }

    /// <summary>Which unit: a district (up to 2024), or a province with perhaps one of its communes (from 2025); never both.</summary>
    private static string? UsageProblem(string? districtCode, string? provinceCode, string? communeCode) => (districtCode, provinceCode, communeCode) switch
    {
        (not null, null, null) or (null, not null, _) => null,
        (null, null, null) => "Cần --district (báo cáo đến năm 2024) hoặc --province (từ năm 2025) / --district (to 2024) or --province (from 2025) is required",
        (null, null, not null) => "--commune đi cùng --province (tỉnh của xã) / --commune needs --province",
        _ => "Chỉ dùng --district (đến năm 2024) hoặc --province, --commune (từ năm 2025), không dùng cùng nhau / --district or --province, not both",
    };
}
