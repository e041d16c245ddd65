using System.CommandLine;
using PovertyEtl.Hosting;
using PovertyEtl.Pipeline.Feedback.Samples;

namespace PovertyEtl.Commands;

/// <summary><c>samples --out DIR [--districts N] [--households N] [--seed N]</c>: realistic synthetic district reports.</summary>
public static class SamplesCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Thư mục ghi các tệp báo cáo mẫu.", Required = true };
        var districts = new Option<int>("--districts") { Description = "Số huyện (mặc định 3): các huyện của tỉnh theo thứ tự mã, rồi sang tỉnh kế tiếp.", DefaultValueFactory = _ => 3 };
        var households = new Option<int>("--households") { Description = "Số hộ nghèo và cận nghèo trong danh sách của mỗi huyện (mặc định 200).", DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { Description = "Hạt giống ngẫu nhiên: cùng hạt giống cho cùng tệp; hạt giống khác cho cách trình bày khác.", DefaultValueFactory = _ => 1 };
        var province = new Option<string>("--province") { Description = "Mã tỉnh bắt đầu (mặc định 84, Trà Vinh).", DefaultValueFactory = _ => "84" };
        var year = new Option<int>("--year") { Description = "Năm báo cáo (mặc định 2024).", DefaultValueFactory = _ => 2024 };
        var command = new Command("samples", "Ghi các báo cáo huyện mẫu (dữ liệu tổng hợp, không phải người thật) theo mọi cách trình bày hợp lệ của mẫu.")
        {
            output, districts, households, seed, province, year,
        };
        command.SetAction(parse =>
        {
            var options = new SampleOptions(parse.GetValue(output)!, parse.GetValue(districts), parse.GetValue(households),
                parse.GetValue(seed), parse.GetValue(province)!, parse.GetValue(year));
            if (options.Districts < 1 || options.HouseholdsPerDistrict < 0)
            {
                Console.Error.WriteLine("--districts phải từ 1 trở lên và --households không được âm / --districts >= 1, --households >= 0");
                return ExitCodes.UsageError;
            }
            using var runtime = CommandRuntime.Start(parse, "samples");
            if (runtime.Reference.Units.Province(options.ProvinceCode) is null)
            {
                Console.Error.WriteLine($"Mã tỉnh không có trong danh mục / unknown province code: {options.ProvinceCode}");
                return ExitCodes.UsageError;
            }
            foreach (var path in SampleReports.Write(options, runtime.Reference)) Console.WriteLine(path);
            return ExitCodes.Ok;
        });
        return command;
    }
}
