namespace PovertyEtl.Portal;

/// <summary>
/// <c>Portal</c>: where <c>serve</c> listens, the largest upload it takes, whether an accepted
/// report is loaded at once or left in the inbox for the next run, and the folder the portal
/// keeps its own files in (the submissions as sent, their annotated copies, the keys that sign
/// its cookies).
/// </summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    public string Urls { get; set; } = "http://127.0.0.1:5080";

    public int MaxUploadMegabytes { get; set; } = 50;

    public bool LoadImmediately { get; set; }

    public string DataPath { get; set; } = "data/portal";

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;

    /// <summary>Each submission's folder: <c>submissions/{id}/</c>, names chosen by the server.</summary>
    public string SubmissionsPath => Path.Combine(DataPath, "submissions");

    /// <summary>The data-protection keys: kept so that a restart does not sign everyone out.</summary>
    public string KeysPath => Path.Combine(DataPath, "keys");
}
