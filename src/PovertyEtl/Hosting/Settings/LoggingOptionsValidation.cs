using Microsoft.Extensions.Options;

namespace PovertyEtl.Hosting.Settings;

/// <summary>The log folder is named (whether it can be written is checked where logging starts, with a fallback to the console).</summary>
public sealed class LoggingOptionsValidation : IValidateOptions<LoggingOptions>
{
    public ValidateOptionsResult Validate(string? name, LoggingOptions options) =>
        string.IsNullOrWhiteSpace(options.Path) ? ValidateOptionsResult.Fail("Logging:Path is empty") : ValidateOptionsResult.Success;
}
