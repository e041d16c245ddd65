using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace PovertyEtl.Hosting.Settings;

/// <summary>
/// Reads a section before the container exists, for what must be decided while it is built
/// (logging, which records the rest of the start; the worker's scheduler store): bound and
/// validated exactly as <see cref="SettingsRegistration"/> does for every section.
/// </summary>
public static class SettingsReader
{
    public static T Read<T>(IConfiguration configuration, string section, IValidateOptions<T>? validation = null) where T : class, new()
    {
        T options;
        try
        {
            options = configuration.GetSection(section).Get<T>(binder => binder.ErrorOnUnknownConfiguration = true) ?? new T();
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException(e.Message);
        }
        var result = validation?.Validate(null, options) ?? ValidateOptionsResult.Success;
        return result.Failed ? throw new ConfigurationException(result.FailureMessage) : options;
    }
}
