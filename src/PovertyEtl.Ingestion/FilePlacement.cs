using PovertyEtl.Validation;

namespace PovertyEtl.Ingestion;

/// <summary>
/// Where a file goes once its outcome is committed: loaded (or duplicate) into
/// <c>archive/&lt;year&gt;/&lt;district&gt;/</c> with its hash in the name, rejected into
/// <c>rejected/</c> with the officer's feedback beside it: the annotated copy (when the file is a
/// workbook that opens) and the findings as text. A file loaded with warnings gets no copy in
/// the archive: its warnings are in <c>etl.finding</c>, and <c>validate --annotate</c> makes one on demand. An inbox file is moved; a file named on the
/// command line is copied. Copies are written under a temporary name and renamed, so a crash
/// never leaves half a file; an original is never changed.
/// </summary>
public sealed class FilePlacement(IngestionOptions options, IRejectionFeedback feedback)
{
    public string Archive(IncomingFile file, string sha256, string? districtCode, int? year)
    {
        var folder = Path.Combine(options.ArchivePath, year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown", districtCode ?? "unknown");
        return Place(file, folder, HashedName(file.Path, sha256));
    }

    public string Reject(IncomingFile file, string sha256, ReportCheck check)
    {
        var name = HashedName(file.Path, sha256);
        var target = Place(file, options.RejectedPath, name);
        feedback.WriteBeside(target, check with { FilePath = Path.GetFileName(file.Path) });
        return target;
    }

    /// <summary><c>bao-cao.xlsx</c> with hash <c>ab12…</c> becomes <c>bao-cao.ab12cd34ef56.xlsx</c>.</summary>
    public static string HashedName(string path, string sha256) =>
        $"{Path.GetFileNameWithoutExtension(path)}.{sha256[..12]}{Path.GetExtension(path)}";

    private static string Place(IncomingFile file, string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, name);
        if (file.FromInbox)
        {
            // The same bytes may have been placed there before (sent twice, or a crash between
            // commit and move): the inbox file still leaves the inbox, under a free name, never deleted.
            target = FreeName(target);
            File.Move(file.Path, target);
        }
        else if (!File.Exists(target))
        {
            File.Copy(file.Path, TemporaryOf(target), overwrite: true);
            File.Move(TemporaryOf(target), target);
        }
        return target;
    }

    private static string FreeName(string target)
    {
        var candidate = target;
        for (var n = 2; File.Exists(candidate); n++)
            candidate = Path.Combine(Path.GetDirectoryName(target)!, $"{Path.GetFileNameWithoutExtension(target)}.{n}{Path.GetExtension(target)}");
        return candidate;
    }

    private static string TemporaryOf(string target) => target + ".part";
}
