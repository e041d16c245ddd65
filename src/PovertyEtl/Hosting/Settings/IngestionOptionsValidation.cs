using Microsoft.Extensions.Options;
using PovertyEtl.Ingestion;

namespace PovertyEtl.Hosting.Settings;

/// <summary>The <c>Ingestion</c> folders are named the stable time and the parallelism are sane (checked at start, exit 2 otherwise).</summary>
public sealed class IngestionOptionsValidation : IValidateOptions<IngestionOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestionOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.InboxPath)) failures.Add("Ingestion:InboxPath is empty");
        if (string.IsNullOrWhiteSpace(options.ArchivePath)) failures.Add("Ingestion:ArchivePath is empty");
        if (string.IsNullOrWhiteSpace(options.RejectedPath)) failures.Add("Ingestion:RejectedPath is empty");
        if (options.StableSeconds is < 0 or > 86_400) failures.Add($"Ingestion:StableSeconds must be from 0 to 86400 seconds, not {options.StableSeconds}");
        if (options.Parallelism is < 1 or > IngestionOptions.MaxParallelism)
            failures.Add($"Ingestion:Parallelism must be from 1 to {IngestionOptions.MaxParallelism} files at once, not {options.Parallelism}");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
