using System.CommandLine;
using PovertyEtl.Hosting;
using PovertyEtl.Pipeline.Feedback.Templates;

namespace PovertyEtl.Commands;

/// <summary>
/// <c>template --district CODE --year YYYY [-o FILE]</c>: a blank report workbook for a district,
/// its communes pre-filled, with drop-down lists and input checks. An existing file is never
/// overwritten: it may be an officer's filled copy.
/// </summary>
public static class TemplateCommand
{
    public static Command Create()
    {
        var district = new Option<string>("--district") { Description = "Mã huyện (3 chữ số theo danh mục hành chính), ví dụ 849.", Required = true };
        var year = new Option<int>("--year") { Description = "Năm báo cáo, ví dụ 2024.", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "Tệp ghi ra (mặc định mau_{tỉnh}_{huyện}_{năm}.xlsx trong thư mục hiện tại)." };
        var command = new Command("template", "Ghi mẫu báo cáo trống cho một huyện: danh sách xã điền sẵn, danh sách chọn và kiểm tra khi nhập.")
        {
            district, year, output,
        };
        command.SetAction(parse => Run(parse, parse.GetValue(district)!, parse.GetValue(year), parse.GetValue(output)));
        return command;
    }

    private static int Run(ParseResult parse, string districtCode, int year, string? output)
    {
        using var runtime = CommandRuntime.Start(parse, "template");
        var (subject, problem) = TemplateSubject.Find(districtCode, year, runtime.Reference, TimeProvider.System.GetLocalNow().Year);
        if (subject is null)
        {
            Console.Error.WriteLine(problem);
            return ExitCodes.UsageError;
        }
        var path = output ?? $"mau_{subject.Province.Code}_{subject.District.Code}_{year}.xlsx";
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"Tệp đã có, không ghi đè: {path}; chọn tên khác bằng -o / the file exists and is not overwritten");
            return ExitCodes.UsageError;
        }
        ReportTemplate.Write(path, subject, runtime.Reference);
        runtime.Logger.Information("Template for district {DistrictCode}, year {Year} written to {Path}", subject.District.Code, year, path);
        Console.WriteLine(path);
        return ExitCodes.Ok;
    }
}
