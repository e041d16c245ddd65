namespace PovertyEtl.Output;

/// <summary>Files done out of the total, on a terminal's error stream only: quiet when redirected, never mixed into the output.</summary>
public sealed class Progress(int total)
{
    private readonly bool _visible = !Console.IsErrorRedirected && total > 1;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private int _done;

    public void Step()
    {
        _done++;
        if (!_visible) return;
        Console.Error.Write($"\r{_done}/{total} tệp, {_clock.Elapsed.TotalSeconds:0.0} s");
        if (_done == total) Console.Error.WriteLine();
    }
}
