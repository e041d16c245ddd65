using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PovertyEtl.Hosting;
using PovertyEtl.Hosting.Settings;
using PovertyEtl.Portal;
using PovertyEtl.Portal.Web;
using PovertyEtl.Worker;
using Serilog;

namespace PovertyEtl.Commands;

/// <summary>
/// <c>serve [--urls URL]</c>: the submission portal and its API (Kestrel, in the host every
/// command runs in) until stopped. The warehouse is brought up to date first, as the worker does.
/// </summary>
public static class ServeCommand
{
    public static Option<string?> UrlsOption() => new("--urls")
    {
        Description = "Địa chỉ lắng nghe, ví dụ http://127.0.0.1:5080 (mặc định Portal:Urls); nhiều địa chỉ cách nhau bằng dấu ;.",
        HelpName = "URL",
    };

    public static Command Create()
    {
        var urls = UrlsOption();
        var command = new Command("serve", "Chạy cổng nộp báo cáo: cán bộ tải báo cáo lên, nhận ngay kết quả kiểm tra và bản có đánh dấu.") { urls };
        command.SetAction(async (parse, cancellation) =>
        {
            var app = AppHost.CreateWebBuilder(parse, parse.GetValue(urls)).Build();
            await using (app)
            {
                var services = app.Services;
                await services.ValidateSettings(cancellation);
                var log = services.GetRequiredService<ILogger>();
                await WarehouseAtStart.MakeReady(services.GetRequiredService<WarehouseAccess>(), TimeSpan.FromSeconds(30), services.GetRequiredService<TimeProvider>(),
                    log, cancellation);
                Directory.CreateDirectory(services.GetRequiredService<PortalOptions>().SubmissionsPath);
                app.UsePortalWeb();
                log.Information("Portal serving on {Urls}", services.GetRequiredService<PortalOptions>().Urls);
                await ((IHost)app).RunAsync(cancellation);
                log.Information("Portal stopped");
                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
