using System.Xml.Linq;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Validation;

namespace PovertyEtl.Feedback.Annotation;

/// <summary>
/// The comments of a sheet (<c>xl/commentsN.xml</c>): on each cell a finding names, one comment
/// listing every finding there, in Vietnamese. Comments the officer already had stay; one
/// of ours on the same cell is added under theirs.
/// </summary>
internal static class CommentsPart
{
    public const string Author = "PovertyEtl";
    private static readonly XNamespace Ns = Xlsx.XlsxNamespaces.Main;

    /// <summary>A new comments part, or <paramref name="existing"/> with ours added. Returns the cells that already had a comment.</summary>
    public static IReadOnlySet<(int Row, int Column)> Write(Stream? existing, SortedDictionary<(int Row, int Column), List<Finding>> comments, Stream output)
    {
        var document = existing is null
            ? new XDocument(new XElement(Ns + "comments", new XElement(Ns + "authors"), new XElement(Ns + "commentList")))
            : PackageParts.LoadFrom(existing);
        var root = document.Root!;
        var ns = root.Name.Namespace;
        var authors = root.Element(ns + "authors") ?? AddFirst(root, new XElement(ns + "authors"));
        authors.Add(new XElement(ns + "author", Author));
        var authorId = authors.Elements(ns + "author").Count() - 1;
        var list = root.Element(ns + "commentList") ?? Add(root, new XElement(ns + "commentList"));
        var byCell = list.Elements(ns + "comment").GroupBy(c => (string?)c.Attribute("ref") ?? string.Empty)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var had = new HashSet<(int, int)>();
        foreach (var ((row, column), findings) in comments)
        {
            var address = CellAddress.Of(column, row);
            if (byCell.TryGetValue(address, out var theirs) && theirs.Element(ns + "text") is { } text)
            {
                had.Add((row, column));
                text.Add(Run(ns, "\n\n" + Author + ":", bold: true), Run(ns, "\n" + Text(findings), bold: false));
                continue;
            }
            list.Add(new XElement(ns + "comment", new XAttribute("ref", address), new XAttribute("authorId", authorId),
                new XElement(ns + "text", Run(ns, Author + ":", bold: true), Run(ns, "\n" + Text(findings), bold: false))));
        }
        PackageParts.Save(document, output);
        return had;
    }

    /// <summary>One line per finding: "Lỗi (FLOW_BALANCE_POOR): …", "Cảnh báo (…): …".</summary>
    public static string Text(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{SeverityLabel.Of(f.Severity)} ({f.Rule}): {f.Message}"));

    private static XElement Run(XNamespace ns, string text, bool bold) => new(ns + "r",
        new XElement(ns + "rPr", bold ? new XElement(ns + "b") : null, new XElement(ns + "sz", new XAttribute("val", 9)),
            new XElement(ns + "rFont", new XAttribute("val", "Tahoma"))),
        new XElement(ns + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text));

    private static XElement AddFirst(XElement parent, XElement child)
    {
        parent.AddFirst(child);
        return child;
    }

    private static XElement Add(XElement parent, XElement child)
    {
        parent.Add(child);
        return child;
    }
}
