using System.Globalization;
using System.Text;

namespace PovertyEtl.Ingestion.Files;

/// <summary>
/// What the inbox remembers of a file from one run to the next, by its hash, in
/// <c>inbox/.povertyetl/ledger/</c>: a recorded file that could not be moved (so the next run
/// only moves it, and does not load or record it again), and how many runs in a row it failed
/// the same way (so a poison file is set aside instead of failing every run forever). Kept beside
/// the files it speaks of, so it follows the inbox, whichever warehouse or process takes it.
/// </summary>
public sealed class InboxLedger(string inbox)
{
    private readonly string _folder = Path.Combine(inbox, ".povertyetl", "ledger");

    public PendingPlacement? PendingOf(string sha256)
    {
        var fields = Read(sha256, "placement");
        if (fields is not [var kind, var unit, var year, var attempts] || !Enum.TryParse<PlacementKind>(kind, out var placement)) return null;
        return new PendingPlacement(placement, unit.Length == 0 ? null : unit,
            int.TryParse(year, CultureInfo.InvariantCulture, out var y) ? y : null, int.Parse(attempts, CultureInfo.InvariantCulture));
    }

    /// <summary>Counts one more run that could not move the file; returns how many in all.</summary>
    public int RecordPlacementFailure(string sha256, PlacementKind kind, string? reportingUnit, int? year)
    {
        var attempts = (PendingOf(sha256)?.Attempts ?? 0) + 1;
        Write(sha256, "placement", kind.ToString(), reportingUnit ?? string.Empty, year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            attempts.ToString(CultureInfo.InvariantCulture));
        return attempts;
    }

    /// <summary>
    /// Counts one more run in a row that failed on the file with this kind of fault (another kind
    /// starts again at 1). <paramref name="runId"/> is the run counted: the nodes of a cluster's
    /// shared run each try a file once and give the leader's run id, so the run counts once.
    /// </summary>
    public int RecordFault(string sha256, Type fault, string runId)
    {
        var last = Read(sha256, "fault");
        var runs = last is [var type, var count, ..] && type == fault.FullName
            ? int.Parse(count, CultureInfo.InvariantCulture) + (last is [_, _, var counted] && counted == runId ? 0 : 1)
            : 1;
        Write(sha256, "fault", fault.FullName ?? fault.Name, runs.ToString(CultureInfo.InvariantCulture), runId);
        return runs;
    }

    /// <summary>The hashes of the files no run could move for <paramref name="runs"/> runs or more.</summary>
    public IReadOnlyList<(string Sha256, int Attempts)> StuckPlacements(int runs)
    {
        if (!Directory.Exists(_folder)) return [];
        return [.. Directory.EnumerateFiles(_folder, "*.placement")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Select(sha256 => (Sha256: sha256, Pending: PendingOf(sha256)))
            .Where(p => p.Pending is { } pending && pending.Attempts >= runs)
            .Select(p => (p.Sha256, p.Pending!.Attempts))];
    }

    /// <summary>Forgets the file once it has left the inbox.</summary>
    public void Forget(string sha256)
    {
        if (!Directory.Exists(_folder)) return;
        File.Delete(PathOf(sha256, "placement"));
        File.Delete(PathOf(sha256, "fault"));
    }

    private string[]? Read(string sha256, string kind)
    {
        var path = PathOf(sha256, kind);
        return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8).TrimEnd('\n').Split('\t') : null;
    }

    private void Write(string sha256, string kind, params string[] fields)
    {
        Directory.CreateDirectory(_folder);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\t', fields) + "\n");
        AtomicFile.Write(PathOf(sha256, kind), stream => stream.Write(bytes), replace: true);
    }

    private string PathOf(string sha256, string kind) => Path.Combine(_folder, $"{sha256}.{kind}");
}
