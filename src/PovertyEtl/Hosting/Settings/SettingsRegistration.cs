using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PovertyEtl.Hosting.Settings;

/// <summary>
/// One way to declare a configuration section: bound with unknown keys refused (a misspelt key
/// is a configuration error, not a silent default), validated at start, and the bound value
/// itself injectable where a class needs no reloading.
/// </summary>
public static class SettingsRegistration
{
    public static IServiceCollection AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section, bool unknownKeysAreErrors = true)
        where T : class
    {
        services.AddOptions<T>()
            .Bind(configuration.GetSection(section), binder => binder.ErrorOnUnknownConfiguration = unknownKeysAreErrors)
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<T>>().Value);
        return services;
    }

    public static IServiceCollection AddSettings<T, TValidation>(this IServiceCollection services, IConfiguration configuration, string section,
        bool unknownKeysAreErrors = true)
        where T : class
        where TValidation : class, IValidateOptions<T>
    {
        services.AddSingleton<IValidateOptions<T>, TValidation>();
        return services.AddSettings<T>(configuration, section, unknownKeysAreErrors);
    }

    /// <summary>
    /// Runs every start-time validation now: a setting that does not bind (a value of the wrong
    /// type, an unknown key) or does not validate is a <see cref="ConfigurationException"/> naming it.
    /// </summary>
    public static async Task ValidateSettings(this IServiceProvider services, CancellationToken cancellation = default)
    {
        try
        {
            await services.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(cancellation);
        }
        catch (OptionsValidationException e)
        {
            throw new ConfigurationException(string.Join("; ", e.Failures));
        }
        catch (InvalidOperationException e)
        {
            // The binder's way of saying a value does not convert ("… at 'Ingestion:StableSeconds' to type 'System.Int32'")
            // or a key is unknown: thrown only while binding, which is all the validator does here.
            throw new ConfigurationException(e.Message);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException or InvalidOperationException))
        {
            throw new ConfigurationException(string.Join("; ", e.InnerExceptions.Select(i => i is OptionsValidationException v ? string.Join("; ", v.Failures) : i.Message)));
        }
    }
}
