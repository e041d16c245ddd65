using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// The reference data shipped in <c>config/reference</c> (copied beside the tests), loaded once
/// for the whole run whichever test class asks first.
/// </summary>
public sealed class ReferenceFixture
{
    private static readonly Lazy<ReferenceData> Shared =
        new(() => ReferenceData.Load(Path.Combine(AppContext.BaseDirectory, "config", "reference")));

    public ReferenceData Reference => Shared.Value;

    public static ReferenceData Load() => Shared.Value;
}
