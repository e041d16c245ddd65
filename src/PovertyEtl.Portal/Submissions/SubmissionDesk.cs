using PovertyEtl.Feedback.Annotation;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Files;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Portal.Accounts;
using PovertyEtl.Validation;
using PovertyEtl.Warehouse.Portal;
using Serilog;

namespace PovertyEtl.Portal.Submissions;

/// <summary>
/// Takes an officer's upload: stored under a name the server chooses (by what its bytes are,
/// never by the name it was sent under), checked exactly as <c>ingest --dry-run</c> checks it
/// (the same pipeline, warehouse rules included), refused with nothing kept when it is another
/// unit's report, marked up for the officer when something is to fix, and, when accepted, placed
/// whole in the inbox for the next run, or loaded at once through the same pipeline as
/// <c>ingest</c> (<c>Portal:LoadImmediately</c>).
/// </summary>
public sealed class SubmissionDesk(PortalWarehouses warehouses, Func<IWarehouse, IngestionPipeline> pipelineFor, IdHashKeyGuard keyGuard,
    PortalOptions options, IngestionOptions ingestion, ReferenceData reference, TimeProvider time, ILogger log)
{
    private const string StoredStem = "bao-cao";

    public async Task<SubmissionResult> SubmitAsync(PortalAccount account, string sentName, Stream content, string? remote, CancellationToken cancellation)
    {
        var id = Guid.NewGuid().ToString("N");
        // Kept as full paths: the record outlives the working directory the process was started in.
        var folder = Path.GetFullPath(Path.Combine(options.SubmissionsPath, id));
        Directory.CreateDirectory(folder);
        try
        {
            var stored = await StoreAsync(content, sentName, folder, cancellation);
            using var warehouse = await warehouses.OpenAsync(cancellation);
            var pipeline = pipelineFor(warehouse);
            var run = await pipeline.RunAsync(RunId(), RunTrigger.Manual, [new IncomingFile(stored, FromInbox: false)], dryRun: true, cancellation: cancellation);
            var checkedFile = run.Files.Single();
            if (checkedFile.Status == FileOutcomeStatus.Failed) throw new IOException($"the check of submission {id} failed: {checkedFile.Fault}");

            var unit = AccountUnit.Find(account.UnitCode, reference);
            if (checkedFile.ReportingUnit is { } reportUnit && (unit is null || !unit.ReportingUnits.Contains(reportUnit)))
            {
                Directory.Delete(folder, recursive: true);
                await warehouse.AuditAsync(new AuditEntry(time.GetUtcNow(), account.Login, "upload", "forbidden", remote, $"report of {reportUnit}"), cancellation);
                return SubmissionResult.NotYourUnit(reportUnit);
            }

            var check = new ReportCheck(stored, null, checkedFile.Findings, checkedFile.Errors, checkedFile.Warnings);
            var annotated = AnnotatedPathFor(stored, check, folder);
            var accepted = check.Accepted;
            var duplicate = checkedFile.Status == FileOutcomeStatus.Duplicate;
            string? inboxName = null;
            var status = !accepted ? SubmissionStatus.Rejected : duplicate ? SubmissionStatus.Duplicate : SubmissionStatus.Queued;
            if (accepted && !duplicate)
            {
                inboxName = InboxName(checkedFile, id, Path.GetExtension(stored));
                var inboxPath = Path.Combine(ingestion.InboxPath, inboxName);
                Directory.CreateDirectory(ingestion.InboxPath);
                AtomicFile.Copy(stored, inboxPath);
                if (options.LoadImmediately) status = await LoadNowAsync(warehouse, pipeline, inboxPath, cancellation);
            }

            var submission = new SubmissionRecord(id, account.Login, time.GetUtcNow(), SentName(sentName), FileHash.Sha256(stored), checkedFile.ReportingUnit,
                checkedFile.Year, accepted ? SubmissionOutcome.Accepted : SubmissionOutcome.Rejected, status, checkedFile.Errors, checkedFile.Warnings, stored,
                annotated, inboxName);
            await warehouse.AddSubmissionAsync(submission, checkedFile.Findings, cancellation);
            await warehouse.AuditAsync(new AuditEntry(time.GetUtcNow(), account.Login, "upload", submission.Outcome, remote, $"submission {id}"), cancellation);
            log.Information("Submission {SubmissionId} by {Login}: {Outcome}, {Status} (unit {ReportingUnit}, year {Year}, {Errors} errors, {Warnings} warnings)",
                id, account.Login, submission.Outcome, status, submission.ReportingUnit, submission.Year, submission.Errors, submission.Warnings);
            return SubmissionResult.Kept(submission, checkedFile.Findings);
        }
        catch
        {
            TryDelete(folder);
            throw;
        }
    }

    /// <summary>Writes the upload whole under a name of the server's, its extension chosen by its first bytes.</summary>
    private static async Task<string> StoreAsync(Stream content, string sentName, string folder, CancellationToken cancellation)
    {
        var head = new byte[WorkbookSignature.Length];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellation);
        var path = Path.Combine(folder, StoredStem + WorkbookSignature.ExtensionFor(head.AsSpan(0, read), sentName));
        AtomicFile.Write(path, output =>
        {
            output.Write(head, 0, read);
            content.CopyTo(output, 1 << 16);
        });
        return path;
    }

    /// <summary>
    /// Where the annotated copy goes when there is something to mark in a package that can carry
    /// it (an <c>.xlsx</c>/<c>.xlsm</c>); written on its first download, not before the answer, so
    /// the officer hears the verdict in the time of one pass over the workbook.
    /// </summary>
    private static string? AnnotatedPathFor(string stored, ReportCheck check, string folder) =>
        AnnotatedCopy.IsWanted(check) && Path.GetExtension(stored) is ".xlsx" or ".xlsm" && new FileInfo(stored).Length > 0
            ? Path.Combine(folder, AnnotatedCopy.NameFor(stored))
            : null;

    /// <summary>The submission's annotated copy, written from its recorded findings the first time it is asked for; null when there is none.</summary>
    public static async Task<string?> AnnotatedCopyAsync(SubmissionRecord submission, IPortalStore store, CancellationToken cancellation)
    {
        if (submission.AnnotatedPath is not { } path) return null;
        if (File.Exists(path)) return path;
        if (!File.Exists(submission.StoredPath)) return null;
        var findings = await store.FindingsOfAsync(submission.SubmissionId, cancellation);
        var check = new ReportCheck(submission.StoredPath, null, findings, submission.Errors, submission.Warnings);
        return AnnotatedCopy.TryWrite(submission.StoredPath, check, path) ? path : null;
    }

    /// <summary>Through the same pipeline as <c>ingest</c>, the file taken from the inbox as a run would take it.</summary>
    private async Task<string> LoadNowAsync(IWarehouse warehouse, IngestionPipeline pipeline, string inboxPath, CancellationToken cancellation)
    {
        await keyGuard.CheckAsync(warehouse, cancellation);
        var run = await pipeline.RunAsync(RunId(), RunTrigger.Manual, [new IncomingFile(inboxPath, FromInbox: true)], dryRun: false, cancellation: cancellation);
        return run.Files.Single().Status switch
        {
            FileOutcomeStatus.Loaded => SubmissionStatus.Loaded,
            FileOutcomeStatus.Rejected => SubmissionStatus.Rejected,
            FileOutcomeStatus.Duplicate => SubmissionStatus.Duplicate,
            FileOutcomeStatus.Failed => SubmissionStatus.Failed,
            // Taken by a run that started meanwhile: the load history will say how it ended.
            _ => SubmissionStatus.Queued,
        };
    }

    /// <summary><c>portal_849_2024_{id}.xlsx</c>: whose and which year, unique, and nothing of the name it was sent under.</summary>
    private static string InboxName(FileOutcome checkedFile, string id, string extension) =>
        $"portal_{checkedFile.ReportingUnit ?? "x"}_{checkedFile.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "x"}_{id[..12]}{extension}";

    /// <summary>The name it was sent under, as text to show: no folders, no control characters, not too long.</summary>
    public static string SentName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var clean = new string([.. file.Where(c => !char.IsControl(c))]);
        return clean.Length > 200 ? clean[..200] : clean.Length == 0 ? "(không tên)" : clean;
    }

    private static string RunId() => Guid.NewGuid().ToString("N")[..12];

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* the first fault is the one to report */ }
    }
}
