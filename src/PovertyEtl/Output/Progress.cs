namespace PovertyEtl.Output;

/// <summary>
/// Files done out of the total and rows per second, on a terminal's error stream only: quiet when
/// redirected, never mixed into the output.
/// </summary>
public sealed class Progress(int total)
{
    private readonly bool _visible = !Console.IsErrorRedirected && total > 1;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private int _done;
    private long _rows;

    public void Step(long rows = 0)
    {
        _done++;
        _rows += rows;
        if (!_visible) return;
        var seconds = _clock.Elapsed.TotalSeconds;
        var rate = _rows > 0 && seconds > 0 ? $", {_rows / seconds:N0} dòng/s" : string.Empty;
        Console.Error.Write($"\r{_done}/{total} tệp, {seconds:0.0} s{rate}   ");
        if (_done == total) Console.Error.WriteLine();
    }
}
