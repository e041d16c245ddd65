using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Ingestion.Ports;

/// <summary>
/// The warehouse, whichever engine holds it (embedded DuckDB or PostgreSQL), as the process that
/// opened it sees it: its schema kept up to date, and the narrow ports the pipeline, the history
/// and the figures are read and written through.
/// </summary>
public interface IWarehouse : ILoadStore, IRunHistory, IMartFigures, IAnnexFigures, IIdHashKeyRecord, IDisposable
{
    /// <summary>Names the warehouse for messages and logs (engine and place, never a password).</summary>
    string Description { get; }

    /// <summary>Applies the migrations not yet journaled; returns their names. Done once at start, before any work.</summary>
    IReadOnlyList<string> Migrate();

    /// <summary>Brings the dimensions up to the reference data (units, years, categories, indicators, programs, ethnicities).</summary>
    void SyncReference(ReferenceData reference);
}
