namespace PovertyEtl.Validation;

/// <summary>The verdict on one report: it can load, or it has an error and cannot.</summary>
public enum ReportOutcome { Ok, Rejected }

/// <summary>The words <c>validate</c> gives a verdict (its JSON <c>outcome</c>, as contracts.md spells it).</summary>
public static class ReportOutcomeCodes
{
    public static string Code(this ReportOutcome outcome) => outcome switch
    {
        ReportOutcome.Ok => "ok",
        ReportOutcome.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
