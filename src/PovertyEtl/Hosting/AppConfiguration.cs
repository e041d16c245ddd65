using Microsoft.Extensions.Configuration;

namespace PovertyEtl.Hosting;

/// <summary>
/// The configuration in the contract's order: <c>config/appsettings.json</c> (from the working
/// directory, else the copy beside the executable), <c>appsettings.{Environment}.json</c>, the
/// file named by <c>--config</c>, environment variables <c>POVERTYETL__Section__Key</c>, then
/// the command line's own options. A file that is not JSON is a configuration error naming it.
/// </summary>
public static class AppConfiguration
{
    public const string EnvironmentPrefix = "POVERTYETL__";

    public static void AddSources(IConfigurationManager configuration, string? configFile, IReadOnlyDictionary<string, string?> commandLine)
    {
        var folder = Directory.Exists("config") && File.Exists(Path.Combine("config", "appsettings.json"))
            ? Path.GetFullPath("config")
            : Path.Combine(AppContext.BaseDirectory, "config");
        var environment = Environment.GetEnvironmentVariable("POVERTYETL_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        AddJson(configuration, Path.Combine(folder, "appsettings.json"), optional: true);
        AddJson(configuration, Path.Combine(folder, $"appsettings.{environment}.json"), optional: true);
        if (configFile is not null)
        {
            if (!File.Exists(configFile)) throw new ConfigurationException($"--config: configuration file not found: {configFile}");
            AddJson(configuration, Path.GetFullPath(configFile), optional: false);
        }
        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        configuration.AddInMemoryCollection(commandLine.Where(kv => kv.Value is not null));
    }

    /// <summary>A manager loads a source as it is added: a malformed file throws here, where its name is known.</summary>
    private static void AddJson(IConfigurationManager configuration, string path, bool optional)
    {
        try
        {
            configuration.AddJsonFile(path, optional, reloadOnChange: false);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or System.Text.Json.JsonException)
        {
            throw new ConfigurationException($"{path} is not valid JSON ({e.GetBaseException().Message})");
        }
    }
}

/// <summary>A configuration the product cannot run with: exit code 2, with the message.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
