namespace PovertyEtl.Hosting;

/// <summary>The id of this command's run, on every log event and in <c>etl.run</c> (the worker gives each scheduled run its own).</summary>
public sealed record RunIdentity(string RunId)
{
    public static RunIdentity New() => new(Guid.NewGuid().ToString("N")[..12]);
}
