using System.Globalization;
using PovertyEtl.Ingestion.Files;
using PovertyEtl.Validation;

namespace PovertyEtl.Ingestion;

/// <summary>
/// Where a file goes once its outcome is recorded: loaded (or duplicate) into
/// <c>archive/&lt;year&gt;/&lt;district&gt;/</c> with its hash in the name, rejected into
/// <c>rejected/</c> with the officer's feedback beside it: the annotated copy (when the file is a
/// workbook that opens) and the findings as text. A file loaded with warnings gets no copy in
/// the archive: its warnings are in <c>etl.finding</c>, and <c>validate --annotate</c> makes one on
/// demand. An inbox file is moved; a file named on the command line is copied. Every write is
/// whole or absent (<see cref="AtomicFile"/>); an original is never changed.
/// Placing never throws for a file-system fault: the outcome is already committed, so a file that
/// cannot be moved stays in the inbox, remembered (<see cref="InboxLedger"/>) so that the next run
/// only moves it, and is reported as stuck after <see cref="RunsBeforeReporting"/> runs.
/// </summary>
public sealed class FilePlacement(IngestionOptions options, IRejectionFeedback feedback)
{
    /// <summary>Runs a file may fail the same way, or fail to be moved, before it is set aside or reported.</summary>
    public const int RunsBeforeReporting = 3;

    private readonly InboxLedger _ledger = new(options.InboxPath);

    public FileClaims ClaimsFor(string runId, bool dryRun) => new(options.InboxPath, runId, dryRun);

    /// <summary>The placement an earlier run recorded but could not do, for an inbox file.</summary>
    public PendingPlacement? PendingOf(FileClaim claim) => claim.IsOriginal ? _ledger.PendingOf(claim.Sha256) : null;

    public Placement Archive(FileClaim claim, string? reportingUnit, int? year)
    {
        var folder = Path.Combine(options.ArchivePath, year?.ToString(CultureInfo.InvariantCulture) ?? "unknown", reportingUnit ?? "unknown");
        return Place(claim, PlacementKind.Archive, reportingUnit, year, () => new Placement(PutInto(claim, folder)));
    }

    public Placement Reject(FileClaim claim, ReportCheck check) =>
        Place(claim, PlacementKind.Reject, check.ReportingUnit, check.Year, () =>
        {
            var target = PutInto(claim, options.RejectedPath);
            try
            {
                feedback.WriteBeside(target, check with { FilePath = claim.Name });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The file is in place and its findings in etl.finding: what is missing is the officer's copy.
                return new Placement(target, Fault: "phản hồi không ghi được / feedback not written: " + e.Message);
            }
            return new Placement(target);
        });

    /// <summary>
    /// Counts a run that failed on an inbox file; at the <see cref="RunsBeforeReporting"/>th in a row
    /// with the same kind of fault, moves it to the rejected folder with a note that says so. Null
    /// while it is left in the inbox for the next run. <paramref name="runId"/>: the run counted
    /// (a cluster's shared run counts once, whichever of its nodes tried the file).
    /// </summary>
    public Placement? Quarantine(FileClaim claim, Exception fault, string runId)
    {
        if (!claim.IsOriginal || _ledger.RecordFault(claim.Sha256, fault.GetType(), runId) < RunsBeforeReporting) return null;
        var target = PutInto(claim, options.RejectedPath);
        var note = QuarantineNote.Text(claim.Name, fault, RunsBeforeReporting);
        AtomicFile.Write(target + ".findings.txt", stream => stream.Write(note), replace: true);
        _ledger.Forget(claim.Sha256);
        return new Placement(target, FileNote.Quarantined, fault.Message);
    }

    /// <summary><c>bao-cao.xlsx</c> with hash <c>ab12…</c> becomes <c>bao-cao.ab12cd34ef56.xlsx</c> (shortened if long).</summary>
    public static string HashedName(string path, string sha256) => PlacedName.Of(path, sha256);

    private Placement Place(FileClaim claim, PlacementKind kind, string? unit, int? year, Func<Placement> place)
    {
        try
        {
            var placed = place();
            if (claim.IsOriginal) _ledger.Forget(claim.Sha256);
            return placed;
        }
        // A copy across file systems preallocates the target: a file larger than the file system or a
        // size limit allows (EFBIG) is refused there with an ArgumentOutOfRangeException, not an IOException.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            if (!claim.IsOriginal) return new Placement(null, Fault: e.Message);
            var attempts = _ledger.RecordPlacementFailure(claim.Sha256, kind, unit, year);
            return new Placement(null, attempts >= RunsBeforeReporting ? FileNote.PlacementStuck : FileNote.PlacementPending, e.Message);
        }
    }

    /// <summary>Places the file in <paramref name="folder"/>; when the same bytes already lie there, nothing is copied again.</summary>
    private static string PutInto(FileClaim claim, string folder)
    {
        Directory.CreateDirectory(folder);
        var (target, alreadyThere) = ArchiveSlot.Find(Path.Combine(folder, PlacedName.Of(claim.Name, claim.Sha256)), claim);
        if (!alreadyThere) claim.PlaceAt(target);
        else if (claim.IsOriginal) File.Delete(claim.Path); // its very bytes are at target: the move is complete
        return target;
    }
}
