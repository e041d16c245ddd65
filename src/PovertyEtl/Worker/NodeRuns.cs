using System.Collections.Concurrent;

namespace PovertyEtl.Worker;

/// <summary>
/// The shared runs this worker process leads, so that it never joins its own. A node is a
/// process, not a host: two workers on one machine are two nodes (as Quartz gives each its own
/// generated instance id), so this is kept in the process, never told apart by host name.
/// </summary>
public sealed class NodeRuns
{
    private readonly ConcurrentDictionary<string, bool> _leading = new(StringComparer.Ordinal);

    /// <summary>Marks <paramref name="runId"/> as led here until the returned handle is disposed.</summary>
    public IDisposable Lead(string runId)
    {
        _leading[runId] = true;
        return new Release(() => _leading.TryRemove(runId, out _));
    }

    public bool Leads(string runId) => _leading.ContainsKey(runId);

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
