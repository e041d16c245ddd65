using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PovertyEtl.Hosting;
using PovertyEtl.Feedback.Samples;

namespace PovertyEtl.Commands;

/// <summary>
/// <c>samples --out DIR [--districts N] [--households N] [--seed N] [--province CODE] [--year YYYY]</c>:
/// realistic synthetic reports; district reports (format v1) up to 2024, province reports (format v2) from 2025.
/// </summary>
public static class SamplesCommand
{
    /// <summary>A household list in one sheet: Excel's 1,048,576 rows, less the title and header rows, rounded down.</summary>
    private const int MaxHouseholds = 1_000_000;

    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Thư mục ghi các tệp báo cáo mẫu.", Required = true };
        var districts = new Option<int>("--districts")
        {
            Description = "Số báo cáo (mặc định 3). Đến năm 2024: số huyện, các huyện của tỉnh theo thứ tự mã rồi sang tỉnh kế tiếp. " +
                          "Từ năm 2025 (không còn cấp huyện): số tỉnh, mỗi tỉnh một báo cáo gồm mọi xã của tỉnh, " +
                          "bắt đầu từ tỉnh --province rồi sang tỉnh kế tiếp (tối đa 34 tỉnh).",
            DefaultValueFactory = _ => 3,
        };
        var households = new Option<int>("--households") { Description = "Số hộ nghèo và cận nghèo trong danh sách của mỗi báo cáo (mặc định 200).", DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { Description = "Hạt giống ngẫu nhiên: cùng hạt giống cho cùng tệp; hạt giống khác cho cách trình bày khác.", DefaultValueFactory = _ => 1 };
        var province = new Option<string>("--province")
        {
            Description = "Mã tỉnh bắt đầu (mặc định 84, Trà Vinh). Từ năm 2025, mã tỉnh cũ được hiểu là tỉnh mới mà nó hợp nhất vào (84 → 86, Vĩnh Long).",
            DefaultValueFactory = _ => "84",
        };
        var year = new Option<int>("--year") { Description = "Năm báo cáo (mặc định 2024); từ năm 2025 là báo cáo theo tỉnh, mẫu phiên bản 2.", DefaultValueFactory = _ => 2024 };
        var command = new Command("samples",
            "Ghi các báo cáo mẫu (dữ liệu tổng hợp, không phải người thật) theo mọi cách trình bày hợp lệ của mẫu: báo cáo huyện đến năm 2024, báo cáo tỉnh từ năm 2025.")
        {
            output, districts, households, seed, province, year,
        };
        command.SetAction(parse =>
        {
            var options = new SampleOptions(parse.GetValue(output)!, parse.GetValue(districts), parse.GetValue(households),
                parse.GetValue(seed), parse.GetValue(province)!, parse.GetValue(year));
            if (options.Districts < 1 || options.HouseholdsPerDistrict is < 0 or > MaxHouseholds)
            {
                Console.Error.WriteLine("--districts phải từ 1 trở lên và --households từ 0 đến 1.000.000 (giới hạn dòng của Excel) / " +
                                        $"--districts >= 1, --households from 0 to {MaxHouseholds} (Excel's row limit)");
                return ExitCodes.UsageError;
            }
            using var app = AppHost.Start(parse, "samples");
            var reference = app.Services.GetRequiredService<ReferenceData>();
            if (reference.Units.Province(options.ProvinceCode) is null)
            {
                Console.Error.WriteLine($"Mã tỉnh không có trong danh mục / unknown province code: {options.ProvinceCode}");
                return ExitCodes.UsageError;
            }
            if (reference.StandardFor(options.Year) is null)
            {
                Console.Error.WriteLine($"Năm {options.Year} chưa có chuẩn nghèo trong config/reference/poverty_standards.csv / no poverty standard for {options.Year}");
                return ExitCodes.UsageError;
            }
            var available = ReportingUnitPicker.Available(reference, options.Year);
            if (options.Districts > available)
            {
                Console.Error.WriteLine(options.Year >= AdministrativeEra.FirstPostReformYear
                    ? $"Từ năm 2025 mỗi tỉnh một báo cáo: --districts tối đa {available} / from 2025 one report per province: at most {available}"
                    : $"Danh mục có {available} huyện: --districts tối đa {available} / the reference data has {available} districts: at most {available}");
                return ExitCodes.UsageError;
            }
            foreach (var path in SampleReports.Write(options, reference)) Console.WriteLine(path);
            return ExitCodes.Ok;
        });
        return command;
    }
}
