using PovertyEtl.Ingestion;
using PovertyEtl.Reading;
using PovertyEtl.Reading.Sheets;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Validation;

namespace PovertyEtl.Tests.Support;

/// <summary>What the reader made of a report, sheet by sheet, with every finding it added.</summary>
public sealed record ReadReport(ReportInfo Info, CommuneTable? Communes, SupportTable? Support, IReadOnlyList<Household>? Households,
    IReadOnlyList<Finding> Findings);

/// <summary>Saving the report to a scratch file and running the product on it.</summary>
public sealed partial class TidyReport
{
    private MemoryStream? _lastSave;

    /// <summary>Saves into <paramref name="folder"/> under <paramref name="name"/> (the extension is <see cref="Extension"/>).</summary>
    public string SaveTo(string folder, string name = "bao-cao-849-2024")
    {
        var path = Path.Combine(folder, name + Extension);
        if (_replacementBytes is not null)
        {
            File.WriteAllBytes(path, _replacementBytes);
            return path;
        }
        // Saved through a stream kept open: ClosedXML reads the package it last saved back on the
        // next SaveAs, and the scratch file of an earlier save would be gone by then.
        var memory = new MemoryStream();
        Workbook.SaveAs(memory);
        _lastSave = memory;
        File.WriteAllBytes(path, memory.ToArray());
        RawCellPatch.Apply(path, _patches);
        return path;
    }

    /// <summary>The bytes of the saved workbook.</summary>
    public byte[] ToBytes()
    {
        using var scratch = new ScratchFolder();
        return File.ReadAllBytes(SaveTo(scratch.Path));
    }

    /// <summary>Validates the report as the product does, with the report's <see cref="Clock"/>.</summary>
    public ReportCheck Check(IHouseholdSink? sink = null)
    {
        using var scratch = new ScratchFolder();
        var path = SaveTo(scratch.Path);
        return new ReportPass(ReferenceFixture.Load(), Clock).Check(path, sink);
    }

    /// <summary>Reads every sheet through <see cref="ReportWorkbook"/>, without the validation rules.</summary>
    public ReadReport Read()
    {
        using var scratch = new ScratchFolder();
        var path = SaveTo(scratch.Path);
        var findings = new FindingList();
        using var workbook = ReportWorkbook.Open(path, ReferenceFixture.Load(), new ReadProblemFindings(findings))
            ?? throw new InvalidOperationException("the tidy report did not open: " + string.Join("; ", findings.ToList().Select(f => f.Message)));
        var info = workbook.ReadInfo();
        var communes = workbook.ReadCommunes();
        var support = workbook.ReadSupport();
        var reference = ReferenceFixture.Load();
        var year = info.Year?.Value ?? 2024;
        var households = workbook.OpenHouseholds(reference.UnitsFor(year), reference.StandardFor(year)?.Indicators ?? [])?.Households.ToList();
        return new ReadReport(info, communes, support, households, findings.ToList());
    }
}
