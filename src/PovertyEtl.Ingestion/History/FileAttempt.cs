using PovertyEtl.Validation;

namespace PovertyEtl.Ingestion.History;

/// <summary>A file attempt that loads nothing (rejected, duplicate, failed), recorded with its findings.</summary>
public sealed record FileAttempt(string RunId, string FileName, string Sha256, string? DistrictCode, int? Year, LoadStatus Status,
    IReadOnlyList<Finding> Findings, int Errors, int Warnings, DateTimeOffset StartedAt, DateTimeOffset FinishedAt)
{
    public string? ProvinceCode { get; init; }
    public string? ReportingUnit { get; init; }
}
