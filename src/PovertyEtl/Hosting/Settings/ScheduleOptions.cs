namespace PovertyEtl.Hosting.Settings;

/// <summary><c>Schedule</c>: when the worker ingests the inbox (Quartz cron, IANA time zone).</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Schedule";

    public string IngestCron { get; set; } = "0 0 1 * * ?";
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>How long the worker keeps trying a warehouse that does not answer at start before it gives up (exit 3).</summary>
    public int StartRetrySeconds { get; set; } = 60;

    /// <summary>
    /// A scheduled run that finds the warehouse busy (the embedded file held by a long <c>sql</c>)
    /// or down tries again after this many seconds, rather than leaving the files to the next fire.
    /// </summary>
    public int BusyRetrySeconds { get; set; } = 300;
}
