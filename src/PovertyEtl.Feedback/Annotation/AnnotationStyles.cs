using System.Globalization;
using System.Xml.Linq;

namespace PovertyEtl.Feedback.Annotation;

/// <summary>
/// The original style sheet with what the annotated copy adds: for each original cell format
/// a marked cell used, the same format with the mark's fill (so numbers, dates, borders and
/// fonts stay as the officer made them), and the few formats of the findings sheet. New
/// formats are appended, so every original index keeps its meaning.
/// </summary>
internal sealed class AnnotationStyles
{
    private static readonly string[] ContainerOrder =
        ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

    private readonly XDocument _document;
    private readonly XNamespace _ns;
    private readonly Dictionary<Mark, int> _fills = [];
    private readonly Dictionary<(int Style, Mark Mark), int> _marked = [];
    private readonly int _originalFormats;

    private AnnotationStyles(XDocument document)
    {
        _document = document;
        _ns = document.Root!.Name.Namespace;
        var formats = Container("cellXfs");
        if (!formats.Elements(_ns + "xf").Any()) formats.Add(new XElement(_ns + "xf", Attr("numFmtId", 0), Attr("fontId", 0), Attr("fillId", 0), Attr("borderId", 0)));
        _originalFormats = formats.Elements(_ns + "xf").Count();
        foreach (var mark in Enum.GetValues<Mark>()) _fills[mark] = AddFill(AnnotationColors.Of(mark));
        var bold = AddFont(bold: true);
        var link = AddFont(link: true);
        Title = AddFormat(bold, 0, wrap: false);
        Header = AddFormat(bold, AddFill(AnnotationColors.Header), wrap: true);
        Text = AddFormat(0, 0, wrap: true);
        Link = AddFormat(link, 0, wrap: false);
        ErrorLabel = AddFormat(bold, _fills[Mark.Error], wrap: false);
        WarningLabel = AddFormat(bold, _fills[Mark.Warning], wrap: false);
    }

    /// <summary>The findings sheet's formats.</summary>
    public int Title { get; }
    public int Header { get; }
    public int Text { get; }
    public int Link { get; }
    public int ErrorLabel { get; }
    public int WarningLabel { get; }

    /// <summary>The original style sheet; a package without one (some generators) gets Excel's defaults.</summary>
    public static AnnotationStyles Load(Stream? part) => new(part is null ? Default() : XDocument.Load(part));

    /// <summary>The index of cell format <paramref name="style"/> with the mark's fill, added the first time it is asked for.</summary>
    public int Marked(int style, Mark mark)
    {
        if (_marked.TryGetValue((style, mark), out var index)) return index;
        var formats = Container("cellXfs");
        var original = formats.Elements(_ns + "xf").ElementAtOrDefault(style < _originalFormats ? style : 0)!;
        var copy = new XElement(original);
        copy.SetAttributeValue("fillId", _fills[mark]);
        copy.SetAttributeValue("applyFill", "1");
        return _marked[(style, mark)] = Append(formats, copy);
    }

    public void Save(Stream output) => PackageParts.Save(_document, output);

    private int AddFormat(int font, int fill, bool wrap)
    {
        var xf = new XElement(_ns + "xf", Attr("numFmtId", 0), Attr("fontId", font), Attr("fillId", fill), Attr("borderId", 0), Attr("xfId", 0),
            Attr("applyFont", 1), Attr("applyFill", 1));
        if (wrap) xf.Add(Attr("applyAlignment", 1), new XElement(_ns + "alignment", Attr("vertical", "top"), Attr("wrapText", 1)));
        return Append(Container("cellXfs"), xf);
    }

    private int AddFill(string argb) => Append(Container("fills"), new XElement(_ns + "fill",
        new XElement(_ns + "patternFill", Attr("patternType", "solid"), new XElement(_ns + "fgColor", Attr("rgb", argb)),
            new XElement(_ns + "bgColor", Attr("indexed", 64)))));

    /// <summary>A font like the workbook's default (its size and name), bold or as a link, its parts in the schema's order.</summary>
    private int AddFont(bool bold = false, bool link = false)
    {
        var basis = Container("fonts").Elements(_ns + "font").FirstOrDefault();
        XElement? Copy(string part) => basis?.Element(_ns + part) is { } found ? new XElement(found) : null;
        var font = new XElement(_ns + "font",
            bold ? new XElement(_ns + "b") : null,
            link ? new XElement(_ns + "u") : null,
            Copy("sz"),
            link ? new XElement(_ns + "color", Attr("rgb", AnnotationColors.Link)) : null,
            Copy("name"), Copy("family"), Copy("charset"), Copy("scheme"));
        return Append(Container("fonts"), font);
    }

    private static int Append(XElement container, XElement item)
    {
        container.Add(item);
        var count = container.Elements(item.Name).Count();
        container.SetAttributeValue("count", count);
        return count - 1;
    }

    /// <summary>The named list of the style sheet, created in its place in the schema's order when missing.</summary>
    private XElement Container(string name)
    {
        var root = _document.Root!;
        if (root.Element(_ns + name) is { } found) return found;
        var created = new XElement(_ns + name);
        var rank = Array.IndexOf(ContainerOrder, name);
        var before = root.Elements().FirstOrDefault(e => Array.IndexOf(ContainerOrder, e.Name.LocalName) > rank);
        if (before is null) root.Add(created); else before.AddBeforeSelf(created);
        if (name == "fills")
        {
            // Excel reserves the first two fills (none, gray125) whatever the file says.
            created.Add(new XElement(_ns + "fill", new XElement(_ns + "patternFill", Attr("patternType", "none"))),
                new XElement(_ns + "fill", new XElement(_ns + "patternFill", Attr("patternType", "gray125"))));
        }
        if (name == "fonts") created.Add(new XElement(_ns + "font", new XElement(_ns + "sz", Attr("val", 11)), new XElement(_ns + "name", Attr("val", "Calibri"))));
        if (name == "borders") created.Add(new XElement(_ns + "border"));
        return created;
    }

    private static XDocument Default() =>
        new(new XElement(XName.Get("styleSheet", Xlsx.XlsxNamespaces.Main)));

    private static XAttribute Attr(string name, object value) =>
        new(name, Convert.ToString(value, CultureInfo.InvariantCulture)!);
}
