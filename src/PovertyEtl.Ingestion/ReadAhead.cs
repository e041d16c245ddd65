using System.Threading.Channels;
using PovertyEtl.Validation;
using PovertyEtl.Ingestion.Files;

namespace PovertyEtl.Ingestion;

/// <summary>
/// One file read and validated on a thread of its own while the run is still committing the files
/// before it. Its households (ID numbers already pseudonymised) wait for the file's load in a
/// bounded channel of <see cref="Capacity"/> rows: the reader blocks when it is full, so however
/// large the file, at most that many of its households are held. The load drains them on the
/// run's thread, where every warehouse call stays, in the order the pass read them. A dry run
/// loads nothing: its reader validates straight through.
/// </summary>
internal sealed class ReadAhead : IDisposable
{
    /// <summary>
    /// Households held per file read ahead: enough for the reader to keep going while the run
    /// commits the file before (a national district file has about 2,600), a small part of a
    /// 300,000-row list.
    /// </summary>
    internal const int Capacity = 2_048;

    private readonly Channel<Household>? _households;
    private readonly CancellationTokenSource _stop;
    private readonly Task<ReportCheck> _check;
    private volatile ReportInfo? _info;

    private ReadAhead(FileClaim claim, ReportPass pass, IdNumberHasher? idHasher, CancellationToken cancellation)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var stop = _stop.Token;
        if (idHasher is not null)
            _households = Channel.CreateBounded<Household>(new BoundedChannelOptions(Capacity)
                { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        _check = Task.Factory.StartNew(() =>
        {
            try
            {
                return pass.Check(claim.Path, _households is null ? null : new PseudonymisingSink(new ChannelSink(this, stop), idHasher!, stop));
            }
            catch (Exception e)
            {
                _households?.Writer.TryComplete(e);
                throw;
            }
            finally
            {
                _households?.Writer.TryComplete();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Starts reading <paramref name="claim"/>; with an <paramref name="idHasher"/> its households are kept for a load, without one (a dry run) only checked.</summary>
    public static ReadAhead Start(FileClaim claim, ReportPass pass, IdNumberHasher? idHasher, CancellationToken cancellation) =>
        new(claim, pass, idHasher, cancellation);

    /// <summary>The file's verdict once read; its households written into <paramref name="load"/> meanwhile (none when it is null).</summary>
    public async Task<ReportCheck> CheckInto(IHouseholdSink? load, CancellationToken cancellation)
    {
        if (_households is not null && load is not null)
        {
            var begun = false;
            await foreach (var household in _households.Reader.ReadAllAsync(cancellation))
            {
                if (!begun) load.Begin(_info!);
                begun = true;
                load.Add(household);
            }
            if (!begun && _info is { } info) load.Begin(info);
        }
        return await _check.WaitAsync(cancellation);
    }

    /// <summary>Stops the reader if it is still going and waits for it to let the file go.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        try { _check.Wait(); }
        catch (AggregateException) { /* its fault, if any, was the file's outcome, or the run is stopping */ }
        _stop.Dispose();
    }

    /// <summary>The reader's end of the channel: it waits for room, so the file is never held whole.</summary>
    private sealed class ChannelSink(ReadAhead owner, CancellationToken stop) : IHouseholdSink
    {
        public void Begin(ReportInfo info) => owner._info = info;

        public void Add(Household household)
        {
            stop.ThrowIfCancellationRequested();
            var writer = owner._households!.Writer;
            while (!writer.TryWrite(household))
                if (!writer.WaitToWriteAsync(stop).AsTask().GetAwaiter().GetResult())
                    throw new OperationCanceledException(stop);
        }
    }
}
