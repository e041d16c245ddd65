using ClosedXML.Excel;

namespace PovertyEtl.Tests.Support;

/// <summary>The ways a test spoils or rearranges the tidy report. Each returns the report, so changes chain.</summary>
public sealed partial class TidyReport
{
    /// <summary>Writes <paramref name="value"/> (text, number, date or null to clear) at an A1 address of a sheet.</summary>
    public TidyReport Set(string sheet, string address, object? value)
    {
        Write(Sheet(sheet).Cell(address), value);
        return this;
    }

    /// <summary>Writes values to the right of <paramref name="address"/>, one per cell.</summary>
    public TidyReport SetRow(string sheet, string address, params object?[] values)
    {
        var start = Sheet(sheet).Cell(address);
        for (var i = 0; i < values.Length; i++) Write(start.CellRight(i), values[i]);
        return this;
    }

    public TidyReport Clear(string sheet, string address) => Set(sheet, address, null);

    /// <summary>A formula as ClosedXML 0.95 saves it: the <c>&lt;f&gt;</c> alone, without a cached result.</summary>
    public TidyReport SetFormula(string sheet, string address, string formula)
    {
        Sheet(sheet).Cell(address).FormulaA1 = formula;
        return this;
    }

    /// <summary>
    /// Replaces the cell's XML in the saved file, as another producer would have written it:
    /// <paramref name="type"/> is the <c>t</c> attribute, then an optional formula and cached value.
    /// </summary>
    public TidyReport SetRawCell(string sheet, string address, string? type, string? formula, string? cachedValue)
    {
        _patches.Add(new RawCellPatch(sheet, address, type, formula, cachedValue));
        return this;
    }

    public TidyReport DeleteColumn(string sheet, string letter)
    {
        Sheet(sheet).Column(letter).Delete();
        return this;
    }

    public TidyReport DeleteRow(string sheet, int row)
    {
        Sheet(sheet).Row(row).Delete();
        return this;
    }

    /// <summary>Inserts blank rows above <paramref name="row"/>, moving everything below down.</summary>
    public TidyReport InsertRowsAbove(string sheet, int row, int count)
    {
        Sheet(sheet).Row(row).InsertRowsAbove(count);
        return this;
    }

    public TidyReport Merge(string sheet, string range)
    {
        Sheet(sheet).Range(range).Merge();
        return this;
    }

    public TidyReport RenameSheet(string name, string newName)
    {
        Sheet(name).Name = newName;
        return this;
    }

    public TidyReport RemoveSheet(string name)
    {
        Workbook.Worksheet(name).Delete();
        return this;
    }

    /// <summary>Rewrites every text header of row <paramref name="row"/> (upper case, without diacritics, NFD...).</summary>
    public TidyReport RewriteHeaders(string sheet, Func<string, string> rewrite, int row = 1)
    {
        foreach (var cell in Sheet(sheet).Row(row).CellsUsed())
            if (cell.DataType == XLDataType.Text) cell.SetValue(rewrite(cell.GetString()));
        return this;
    }

    /// <summary>
    /// Puts the columns of a sheet in another order: <paramref name="oldLetters"/>[i] is the old
    /// column that becomes column i+1. Values and number formats move with their column.
    /// </summary>
    public TidyReport ReorderColumns(string sheet, params string[] oldLetters)
    {
        var ws = Sheet(sheet);
        var cells = ws.CellsUsed().Select(c => (c.Address.RowNumber, c.Address.ColumnLetter, Value: CellValue(c), Format: c.Style.NumberFormat.Format)).ToList();
        ws.Clear();
        foreach (var (row, letter, value, format) in cells)
        {
            var target = ws.Cell(row, Array.IndexOf(oldLetters, letter) + 1);
            if (Array.IndexOf(oldLetters, letter) < 0) throw new ArgumentException($"column {letter} has no new place", nameof(oldLetters));
            Write(target, value);
            target.Style.NumberFormat.Format = format;
        }
        return this;
    }

    /// <summary>
    /// Writes a totals row, under the communes unless told otherwise (row <see cref="FirstFreeSummaryRow"/>),
    /// with the label in the name column (B) and the right sums and district rates.
    /// </summary>
    public TidyReport AddTotalsRow(string label = "Tổng cộng", string labelColumn = "B", int row = FirstFreeSummaryRow)
    {
        var c = TidyData.Communes;
        long Sum(Func<TidyCommune, long> f) => c.Sum(f);
        var total = Sum(x => x.Total);
        SetRow(TongHop, $"C{row}", total, Sum(x => x.PoorStart), Sum(x => x.PoorEscaped), Sum(x => x.PoorNew),
            Sum(x => x.PoorReturned), Sum(x => x.PoorEnd), Math.Round(100m * Sum(x => x.PoorEnd) / total, 2), Sum(x => x.NearPoorStart),
            Sum(x => x.NearPoorEscaped), Sum(x => x.NearPoorNew), Sum(x => x.NearPoorEnd), Math.Round(100m * Sum(x => x.NearPoorEnd) / total, 2),
            c.Sum(TidyData.PoorEthnicMinority), Sum(x => x.PoorNoLabour));
        return Set(TongHop, $"{labelColumn}{row}", label);
    }

    /// <summary>Adds a commune row with no poor or near-poor households (balanced, no rates) at <paramref name="row"/>.</summary>
    public TidyReport AddCommune(string code, string name, long total, int row = FirstFreeSummaryRow) =>
        SetRow(TongHop, $"A{row}", code, name, total, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, null, 0, 0);

    /// <summary>Adds a household under the list (row 20 by default) from a copy of tidy household <paramref name="like"/>, with changes.</summary>
    public TidyReport AddHousehold(string code, string communeCode, int row = 20, int like = 2)
    {
        var ws = Sheet(DanhSachHo);
        ws.Row(like).CopyTo(ws.Row(row));
        return Set(DanhSachHo, $"A{row}", code).Set(DanhSachHo, $"B{row}", communeCode);
    }

    private static object? CellValue(IXLCell cell) => cell.DataType switch
    {
        XLDataType.Text => cell.GetString(),
        XLDataType.Number => cell.GetDouble(),
        XLDataType.DateTime => cell.GetDateTime(),
        XLDataType.Boolean => cell.GetBoolean(),
        _ => cell.GetString(),
    };

    /// <summary>The file is not a workbook written by ClosedXML but these bytes (for the FILE_* rules).</summary>
    public TidyReport ReplaceFileWith(byte[] bytes, string extension = ".xlsx")
    {
        _replacementBytes = bytes;
        Extension = extension;
        return this;
    }
}
