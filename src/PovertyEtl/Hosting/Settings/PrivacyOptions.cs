namespace PovertyEtl.Hosting.Settings;

/// <summary><c>Privacy</c>: the key ID numbers are hashed with (HMAC-SHA-256); without one they are not stored at all. Never logged.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    public string? IdHashKey { get; set; }
}
