using System.IO.Compression;
using System.Xml.Linq;
using PovertyEtl.Feedback.Xlsx;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Validation;

namespace PovertyEtl.Feedback.Annotation;

/// <summary>
/// Writes the annotated copy of an .xlsx/.xlsm package part by part: every worksheet streamed
/// through a <see cref="SheetRewriter"/>; comments and their drawings for the sheets with
/// marks; the findings sheet; the style sheet, sheet list, relationships and content types
/// edited; every other part (shared strings, drawings, charts, macros, themes…) copied as it was.
/// The calculation chain is left out, as Excel rebuilds it: a sheet added in front would
/// otherwise make its sheet numbers suspect.
/// </summary>
internal sealed class PackageAnnotator(XlsxPackage package, AnnotationPlan plan, ReportCheck check, string fileName, ZipArchive output)
{
    private readonly HashSet<string> _done = new(StringComparer.OrdinalIgnoreCase);
    private XDocument? _contentTypes;

    public void Write()
    {
        var workbookPath = package.WorkbookPath!;
        var relationships = package.RelationshipsOf(workbookPath);
        var workbookRels = PackageParts.LoadRelationships(package, workbookPath);
        _contentTypes = PackageParts.LoadFrom(package.OpenWhole("[Content_Types].xml"));
        var workbook = PackageParts.LoadFrom(package.OpenWhole(workbookPath));
        var worksheetType = relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/worksheet", StringComparison.Ordinal))?.Type
            ?? XlsxNamespaces.WorksheetRelation;
        var relationBase = worksheetType[..^"/worksheet".Length];

        var stylesPath = relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal) && package.Entries.ContainsKey(r.Target))?.Target;
        var styles = AnnotationStyles.Load(stylesPath is null ? null : package.OpenWhole(stylesPath));

        var sheets = SheetsOf(workbook, relationships);
        var block = 100;
        foreach (var (name, path) in sheets)
            RewriteSheet(path, plan.Sheets.GetValueOrDefault(name), styles, relationBase, block++);

        var findingsPath = FreePath(XlsxPackage.FolderOf(workbookPath) + "/worksheets/kiem-tra{0}.xml");
        FindingsSheet.Write(Create(findingsPath), check, plan, fileName, sheets.Select(s => s.Name).ToHashSet(StringComparer.Ordinal), styles);
        PackageParts.AddOverride(_contentTypes, findingsPath, XlsxNamespaces.WorksheetType);
        var findingsId = PackageParts.FreeId(workbookRels, "rIdKiemTra");
        PackageParts.AddRelationship(workbookRels, findingsId, worksheetType, findingsPath);
        PackageParts.InsertFirstSheet(workbook, FreeSheetName(sheets), findingsId);

        if (stylesPath is null)
        {
            stylesPath = FreePath(XlsxPackage.FolderOf(workbookPath) + "/styles{0}.xml");
            PackageParts.AddRelationship(workbookRels, PackageParts.FreeId(workbookRels, "rIdKiemTraStyles"), relationBase + "/styles", stylesPath);
            PackageParts.AddOverride(_contentTypes, stylesPath, XlsxNamespaces.StylesType);
        }
        styles.Save(Create(stylesPath));

        foreach (var chain in relationships.Values.Where(r => r.Type.EndsWith("/calcChain", StringComparison.Ordinal)))
        {
            _done.Add(chain.Target);
            PackageParts.RemoveOverride(_contentTypes, chain.Target);
        }
        PackageParts.RemoveRelationships(workbookRels, "/calcChain");
        Save(workbook, workbookPath);
        Save(workbookRels, XlsxPackage.RelationshipsPathOf(workbookPath));
        Save(_contentTypes, "[Content_Types].xml");
        CopyTheRest();
    }

    private void RewriteSheet(string path, SheetMarks? marks, AnnotationStyles styles, string relationBase, int block)
    {
        if (!package.Entries.ContainsKey(path)) return;
        var sheetRels = PackageParts.LoadRelationships(package, path);
        var commented = marks is { Comments.Count: > 0 };
        var drawingId = commented ? PackageParts.FreeId(sheetRels, "rIdKiemTraVml") : null;
        var rewriter = new SheetRewriter(marks, styles, drawingId);
        rewriter.Rewrite(package.Open(path), path, Create(path));
        if (!commented) return;

        var relationships = package.RelationshipsOf(path);
        var comments = relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/comments", StringComparison.Ordinal) && package.Entries.ContainsKey(r.Target));
        var commentsPath = comments?.Target ?? FreePath("xl/comments-kiem-tra{0}.xml");
        var had = CommentsPart.Write(comments is null ? null : package.OpenWhole(comments.Target), marks!.Comments, Create(commentsPath));
        if (comments is null)
        {
            PackageParts.AddRelationship(sheetRels, PackageParts.FreeId(sheetRels, "rIdKiemTraComments"), relationBase + "/comments", commentsPath);
            PackageParts.AddOverride(_contentTypes!, commentsPath, AnnotationXml.CommentsType);
        }

        var notes = marks.Comments.Where(c => !had.Contains(c.Key))
            .Select(c => (c.Key.Row, c.Key.Column, Lines: c.Value.Sum(f => 1 + f.Message.Length / 60))).ToList();
        if (rewriter.ExistingDrawingId is { } existingId && relationships.TryGetValue(existingId, out var drawing) && package.Entries.ContainsKey(drawing.Target))
        {
            string text;
            using (var reader = new StreamReader(package.OpenWhole(drawing.Target))) text = reader.ReadToEnd();
            using var writer = new StreamWriter(Create(drawing.Target));
            writer.Write(CommentDrawing.Extend(text, notes));
        }
        else
        {
            var drawingPath = FreePath("xl/drawings/vml-kiem-tra{0}.vml");
            using (var writer = new StreamWriter(Create(drawingPath))) writer.Write(CommentDrawing.New(notes, block));
            PackageParts.AddRelationship(sheetRels, drawingId!, relationBase + "/vmlDrawing", drawingPath);
            PackageParts.AddDefault(_contentTypes!, "vml", AnnotationXml.VmlType);
        }
        Save(sheetRels, XlsxPackage.RelationshipsPathOf(path));
    }

    /// <summary>The worksheets in the workbook's order: their names and parts.</summary>
    private static List<(string Name, string Path)> SheetsOf(XDocument workbook, Dictionary<string, PackageRelationship> relationships)
    {
        var ns = workbook.Root!.Name.Namespace;
        return workbook.Root.Elements(ns + "sheets").Elements(ns + "sheet")
            .Select(s => (Name: (string?)s.Attribute("name") ?? string.Empty,
                Id: s.Attributes().FirstOrDefault(a => a.Name.LocalName == "id" && a.Name.Namespace != XNamespace.None)?.Value))
            .Where(s => s.Id is not null && relationships.TryGetValue(s.Id, out var r) && r.Type.EndsWith("/worksheet", StringComparison.Ordinal))
            .Select(s => (s.Name, relationships[s.Id!].Target))
            .ToList();
    }

    /// <summary><c>KetQuaKiemTra</c>, or <c>KetQuaKiemTra2</c>… when the officer sent back an annotated copy that already has one.</summary>
    private static string FreeSheetName(List<(string Name, string Path)> sheets)
    {
        var names = sheets.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var name = FindingsSheet.Name;
        for (var n = 2; names.Contains(name); n++) name = FindingsSheet.Name + n;
        return name;
    }

    private string FreePath(string pattern)
    {
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, string.Empty);
        for (var n = 2; package.Entries.ContainsKey(path) || _done.Contains(path); n++)
            path = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, n);
        return path;
    }

    private Stream Create(string path)
    {
        _done.Add(path);
        var name = package.Entries.TryGetValue(path, out var original) ? original.FullName : path;
        return output.CreateEntry(name, CompressionLevel.Optimal).Open();
    }

    private void Save(XDocument document, string path)
    {
        PackageParts.Save(document, Create(path));
    }

    private void CopyTheRest()
    {
        foreach (var (path, entry) in package.Entries)
        {
            if (_done.Contains(path)) continue;
            using var from = XlsxPackage.OpenCopy(entry);
            using var to = Create(path);
            from.CopyTo(to);
        }
    }
}
