using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// A cell rewritten in the saved package, for what ClosedXML 0.95 cannot write: an error value,
/// a formula with its cached result (ClosedXML saves formulas without one), a formula string.
/// </summary>
public sealed record RawCellPatch(string Sheet, string Address, string? Type, string? Formula, string? CachedValue)
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static void Apply(string xlsxPath, IReadOnlyCollection<RawCellPatch> patches)
    {
        if (patches.Count == 0) return;
        using var zip = ZipFile.Open(xlsxPath, ZipArchiveMode.Update);
        foreach (var group in patches.GroupBy(p => p.Sheet))
        {
            var entry = zip.GetEntry(SheetPart(zip, group.Key)) ?? throw new InvalidOperationException("no part for sheet " + group.Key);
            XDocument sheet;
            using (var read = entry.Open()) sheet = XDocument.Load(read);
            foreach (var patch in group) patch.ApplyTo(sheet);
            entry.Delete();
            using var write = zip.CreateEntry(entry.FullName).Open();
            sheet.Save(write);
        }
    }

    private void ApplyTo(XDocument sheet)
    {
        var ns = sheet.Root!.Name.Namespace;
        var rowNumber = new string(Address.SkipWhile(char.IsLetter).ToArray());
        var sheetData = sheet.Root.Element(ns + "sheetData")!;
        var row = sheetData.Elements(ns + "row").FirstOrDefault(r => (string?)r.Attribute("r") == rowNumber);
        if (row is null)
        {
            row = new XElement(ns + "row", new XAttribute("r", rowNumber));
            var after = sheetData.Elements(ns + "row").LastOrDefault(r => int.Parse((string)r.Attribute("r")!, CultureInfo.InvariantCulture) < int.Parse(rowNumber, CultureInfo.InvariantCulture));
            if (after is null) sheetData.AddFirst(row); else after.AddAfterSelf(row);
        }
        var cell = new XElement(ns + "c", new XAttribute("r", Address));
        if (Type is not null) cell.Add(new XAttribute("t", Type));
        if (Formula is not null) cell.Add(new XElement(ns + "f", Formula));
        if (CachedValue is not null) cell.Add(new XElement(ns + "v", CachedValue));
        var existing = row.Elements(ns + "c").FirstOrDefault(c => (string?)c.Attribute("r") == Address);
        if (existing is not null)
        {
            if (existing.Attribute("s") is { } style) cell.Add(new XAttribute(style));
            existing.ReplaceWith(cell);
        }
        else
        {
            var next = row.Elements(ns + "c").FirstOrDefault(c => ColumnOf((string)c.Attribute("r")!) > ColumnOf(Address));
            if (next is null) row.Add(cell); else next.AddBeforeSelf(cell);
        }
    }

    private static int ColumnOf(string address) => address.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + char.ToUpperInvariant(c) - 'A' + 1);

    private static string SheetPart(ZipArchive zip, string sheetName)
    {
        XDocument workbook, rels;
        using (var s = zip.GetEntry("xl/workbook.xml")!.Open()) workbook = XDocument.Load(s);
        using (var s = zip.GetEntry("xl/_rels/workbook.xml.rels")!.Open()) rels = XDocument.Load(s);
        var sheet = workbook.Descendants().First(e => e.Name.LocalName == "sheet" && (string?)e.Attribute("name") == sheetName);
        var id = (string)sheet.Attribute(Relationships + "id")!;
        var target = (string)rels.Descendants().First(e => e.Name.LocalName == "Relationship" && (string?)e.Attribute("Id") == id).Attribute("Target")!;
        return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
    }
}
