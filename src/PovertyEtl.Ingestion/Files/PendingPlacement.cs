namespace PovertyEtl.Ingestion.Files;

/// <summary>Where a file whose outcome is recorded was to go.</summary>
public enum PlacementKind
{
    Archive,
    Reject,
}

/// <summary>A recorded file not yet moved where it goes, and how many runs have tried.</summary>
public sealed record PendingPlacement(PlacementKind Kind, string? ReportingUnit, int? Year, int Attempts);

/// <summary>Where a file was put, or why it could not be.</summary>
public sealed record Placement(string? PlacedAt, FileNote Note = FileNote.None, string? Fault = null);
