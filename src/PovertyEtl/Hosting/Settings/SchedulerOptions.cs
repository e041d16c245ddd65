namespace PovertyEtl.Hosting.Settings;

/// <summary><c>Scheduler</c>: <c>Clustered=true</c> keeps Quartz's jobs in the PostgreSQL warehouse, shared by several workers.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    public bool Clustered { get; set; }
}
