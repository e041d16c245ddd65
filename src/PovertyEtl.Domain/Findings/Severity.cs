namespace PovertyEtl.Domain.Findings;

/// <summary>An error rejects the whole file; a warning loads it and is recorded; info only tells.</summary>
public enum Severity { Error, Warning, Info }

public static class SeverityNames
{
    public static string Code(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
