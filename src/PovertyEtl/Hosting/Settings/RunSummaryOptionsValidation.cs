using Microsoft.Extensions.Options;
using PovertyEtl.Feedback.RunSummary;

namespace PovertyEtl.Hosting.Settings;

/// <summary>The <c>Reports</c> folder is named and the poverty-rate threshold is a percentage.</summary>
public sealed class RunSummaryOptionsValidation : IValidateOptions<RunSummaryOptions>
{
    public ValidateOptionsResult Validate(string? name, RunSummaryOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path)) failures.Add("Reports:Path is empty");
        if (options.PovertyRateThreshold is < 0 or > 100) failures.Add($"Reports:PovertyRateThreshold must be a percentage from 0 to 100, not {options.PovertyRateThreshold}");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
