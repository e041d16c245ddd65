using Microsoft.Extensions.Options;
using PovertyEtl.Portal;

namespace PovertyEtl.Hosting.Settings;

/// <summary>
/// <c>Portal:Urls</c> is one or more absolute http(s) addresses (separated by <c>;</c>),
/// <c>Portal:MaxUploadMegabytes</c> a size from 1 to 1024, <c>Portal:DataPath</c> a folder.
/// </summary>
public sealed class PortalOptionsValidation : IValidateOptions<PortalOptions>
{
    public const int LargestUploadMegabytes = 1024;

    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        var failures = new List<string>();
        var urls = Urls(options.Urls);
        if (urls.Length == 0) failures.Add("Portal:Urls is empty");
        foreach (var url in urls)
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                failures.Add($"Portal:Urls: '{url}' is not an http:// or https:// address");
        if (options.MaxUploadMegabytes is < 1 or > LargestUploadMegabytes)
            failures.Add($"Portal:MaxUploadMegabytes must be from 1 to {LargestUploadMegabytes}, not {options.MaxUploadMegabytes}");
        if (string.IsNullOrWhiteSpace(options.DataPath)) failures.Add("Portal:DataPath is empty");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static string[] Urls(string urls) => urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
