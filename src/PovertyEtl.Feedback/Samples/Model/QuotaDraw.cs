namespace PovertyEtl.Feedback.Samples.Model;

/// <summary>
/// Draws classes one at a time so that exactly the given number of each comes out, in random
/// order (sequential sampling without replacement). A streamed list then holds exactly the
/// counts <c>TongHop</c> states without the list being built first.
/// </summary>
internal sealed class QuotaDraw
{
    private readonly Random _random;
    private readonly long[] _remaining;
    private long _total;

    public QuotaDraw(Random random, params long[] counts)
    {
        _random = random;
        _remaining = [.. counts];
        _total = counts.Sum();
    }

    /// <summary>The index of the class drawn.</summary>
    public int Next()
    {
        if (_total == 0) throw new InvalidOperationException("every quota is used up");
        var draw = _random.NextInt64(_total);
        for (var i = 0; i < _remaining.Length; i++)
        {
            if (draw < _remaining[i])
            {
                _remaining[i]--;
                _total--;
                return i;
            }
            draw -= _remaining[i];
        }
        throw new InvalidOperationException("unreachable: the draw is below the total");
    }
}
