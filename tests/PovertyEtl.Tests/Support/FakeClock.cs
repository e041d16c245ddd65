namespace PovertyEtl.Tests.Support;

/// <summary>A clock that always says the same instant, in UTC, so "this year" is what the test says.</summary>
public sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public static FakeClock On(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
