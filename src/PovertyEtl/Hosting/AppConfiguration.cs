using Microsoft.Extensions.Configuration;

namespace PovertyEtl.Hosting;

/// <summary>
/// The configuration in the contract's order: <c>config/appsettings.json</c> (from the working
/// directory, else the copy beside the executable), <c>appsettings.{Environment}.json</c>, the
/// file named by <c>--config</c>, environment variables <c>POVERTYETL__Section__Key</c>, then
/// the command line's own options.
/// </summary>
public static class AppConfiguration
{
    public const string EnvironmentPrefix = "POVERTYETL__";

    public static IConfiguration Build(string? configFile, IReadOnlyDictionary<string, string?> commandLine)
    {
        var folder = Directory.Exists("config") && File.Exists(Path.Combine("config", "appsettings.json"))
            ? Path.GetFullPath("config")
            : Path.Combine(AppContext.BaseDirectory, "config");
        var environment = Environment.GetEnvironmentVariable("POVERTYETL_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(folder, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(folder, $"appsettings.{environment}.json"), optional: true);
        if (configFile is not null)
        {
            if (!File.Exists(configFile)) throw new ConfigurationException($"configuration file not found: {configFile}");
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }
        return builder
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddInMemoryCollection(commandLine.Where(kv => kv.Value is not null))
            .Build();
    }
}

/// <summary>A configuration the product cannot run with: exit code 2, with the message.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
