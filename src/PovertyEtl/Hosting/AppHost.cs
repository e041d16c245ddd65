using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PovertyEtl.Commands;
using PovertyEtl.Hosting.Settings;
using PovertyEtl.Portal;
using PovertyEtl.Portal.Web;
using Serilog;

namespace PovertyEtl.Hosting;

/// <summary>
/// The composition root: every command and the worker run in the same Generic Host, built from
/// the same configuration and services, with every setting bound and validated before any work
/// starts (a bad one is exit 2 naming it).
/// </summary>
public static class AppHost
{
    /// <summary>The builder the worker adds its scheduler to; commands use <see cref="Start"/>.</summary>
    public static HostApplicationBuilder CreateBuilder(ParseResult parse)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        Configure(builder, parse);
        return builder;
    }

    /// <summary>
    /// The builder of <c>serve</c> (and <c>worker --serve</c>): the same host with Kestrel and the
    /// portal; <paramref name="urls"/> (from <c>--urls</c>) before <c>Portal:Urls</c>.
    /// </summary>
    public static WebApplicationBuilder CreateWebBuilder(ParseResult parse, string? urls)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = Directory.GetCurrentDirectory() });
        Configure(builder, parse);
        if (urls is not null) builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>($"{PortalOptions.Section}:Urls", urls)]);
        var portal = SettingsReader.Read(builder.Configuration, PortalOptions.Section, new PortalOptionsValidation());
        builder.WebHost.UseKestrel().UseUrls(PortalOptionsValidation.Urls(portal.Urls));
        builder.Services.AddPortalWeb(portal);
        return builder;
    }

    private static void Configure(IHostApplicationBuilder builder, ParseResult parse)
    {
        AppConfiguration.AddSources(builder.Configuration, parse.GetValue(GlobalOptions.Config), GlobalOptions.Overrides(parse));
        var run = RunIdentity.New();
        var logger = Logging.Create(SettingsReader.Read(builder.Configuration, LoggingOptions.Section, new LoggingOptionsValidation()), run.RunId);
        Log.Logger = logger;
        builder.Services.AddSingleton(run);
        builder.Services.AddSingleton<ILogger>(logger);
        builder.Services.AddLogging(logging => logging.AddSerilog(logger));
        builder.Services.AddPovertyEtl(builder.Configuration);
    }

    /// <summary>A command's host: built, its settings validated, its start logged.</summary>
    public static IHost Start(ParseResult parse, string command)
    {
        var host = CreateBuilder(parse).Build();
        try
        {
            // Synchronous commands on a console (no synchronisation context): waiting here cannot deadlock.
            host.Services.ValidateSettings().GetAwaiter().GetResult();
        }
        catch
        {
            host.Dispose();
            throw;
        }
        host.Services.GetRequiredService<ILogger>().Information("Command {Command} started", command);
        return host;
    }
}
