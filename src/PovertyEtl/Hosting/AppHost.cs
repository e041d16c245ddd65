using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PovertyEtl.Commands;
using PovertyEtl.Hosting.Settings;
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
        AppConfiguration.AddSources(builder.Configuration, parse.GetValue(GlobalOptions.Config), GlobalOptions.Overrides(parse));
        var run = RunIdentity.New();
        var logger = Logging.Create(SettingsReader.Read(builder.Configuration, LoggingOptions.Section, new LoggingOptionsValidation()), run.RunId);
        Log.Logger = logger;
        builder.Services.AddSingleton(run);
        builder.Services.AddSingleton<ILogger>(logger);
        builder.Services.AddLogging(logging => logging.AddSerilog(logger));
        builder.Services.AddPovertyEtl(builder.Configuration);
        return builder;
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
