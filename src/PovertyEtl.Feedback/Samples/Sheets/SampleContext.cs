using PovertyEtl.Feedback.Samples.Model;
using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>
/// What a sheet writer needs: the report's figures, the file's layout, the reference data,
/// and a generator of its own for the choices it makes while writing (so one sheet's choices
/// never shift another's).
/// </summary>
internal sealed class SampleContext
{
    private readonly int _seed;

    public SampleContext(ReportModel model, SampleLayout layout, ReferenceData reference, int seed, string sheet)
    {
        _seed = seed;
        Model = model;
        Layout = layout;
        Reference = reference;
        Random = SampleRandom.For(seed, "writing", model.Unit.Code, sheet);
        Headers = new HeaderText(layout, Random);
        Values = new ValueCells(layout, Random);
    }

    public ReportModel Model { get; }
    public SampleLayout Layout { get; }
    public ReferenceData Reference { get; }
    public Random Random { get; }
    public HeaderText Headers { get; }
    public ValueCells Values { get; }

    public SampleContext ForSheet(string sheet) => new(Model, Layout, Reference, _seed, sheet);

    /// <summary>The generator of one commune's households, the same whatever the layout.</summary>
    public Random HouseholdRandom(CommuneModel commune) => SampleRandom.For(_seed, "households", commune.Commune.Code);
}
