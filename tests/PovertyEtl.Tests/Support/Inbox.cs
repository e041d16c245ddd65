namespace PovertyEtl.Tests.Support;

/// <summary>Files arriving in an inbox as a copy program delivers them: written under a temporary name, then renamed.</summary>
public static class InboxDelivery
{
    public static void Deliver(string file, string inbox)
    {
        Directory.CreateDirectory(inbox);
        var target = Path.Combine(inbox, Path.GetFileName(file));
        File.Copy(file, target + ".part", overwrite: true);
        File.Move(target + ".part", target);
    }

    public static int Archived(string archive) =>
        Directory.Exists(archive) ? Directory.GetFiles(archive, "*.xlsx", SearchOption.AllDirectories).Length : 0;

    /// <summary>Files not done yet: in the inbox, or claimed by a run that is working on them (<c>.povertyetl/claims/</c>).</summary>
    public static int Waiting(string inbox) =>
        Directory.Exists(inbox) ? Directory.GetFiles(inbox, "*.xlsx").Length + Claimed(inbox) : 0;

    private static int Claimed(string inbox)
    {
        var claims = Path.Combine(inbox, ".povertyetl", "claims");
        return Directory.Exists(claims) ? Directory.GetFiles(claims, "*.xlsx", SearchOption.AllDirectories).Length : 0;
    }
}
