namespace PovertyEtl.Hosting.Settings;

/// <summary><c>Logging</c>: the folder of the rolling log files.</summary>
public sealed class LoggingOptions
{
    public const string Section = "Logging";

    public string Path { get; set; } = "logs";
}
