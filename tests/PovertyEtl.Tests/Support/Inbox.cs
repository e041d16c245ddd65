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

    /// <summary>
    /// Many files arriving at once, as a whole batch copied beside the inbox and renamed in: each
    /// written under a temporary name with a time <paramref name="age"/> ago (so all are complete
    /// together), then all renamed.
    /// </summary>
    public static void DeliverAll(IEnumerable<string> files, string inbox, TimeSpan age)
    {
        Directory.CreateDirectory(inbox);
        var written = DateTime.UtcNow - age;
        var targets = files.Select(file => Path.Combine(inbox, Path.GetFileName(file))).ToList();
        foreach (var (file, target) in files.Zip(targets))
        {
            File.Copy(file, target + ".part", overwrite: true);
            File.SetLastWriteTimeUtc(target + ".part", written);
        }
        foreach (var target in targets) File.Move(target + ".part", target);
    }

    /// <summary>What runs left under the claims folder: a run's folder or its lock file (none once every claim is done or returned).</summary>
    public static int ClaimsLeft(string inbox)
    {
        var claims = Path.Combine(inbox, ".povertyetl", "claims");
        return Directory.Exists(claims) ? Directory.GetFileSystemEntries(claims).Length : 0;
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
