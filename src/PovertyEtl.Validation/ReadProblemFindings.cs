using PovertyEtl.Reading.Problems;

namespace PovertyEtl.Validation;

/// <summary>
/// Turns what reading found into findings as it is found (the file is read once): each kind of
/// read problem is the breach of one rule of the catalogue, which says its code, severity and
/// message. The per-rule limit of <see cref="FindingList"/> applies to them as to any rule.
/// </summary>
public sealed class ReadProblemFindings(FindingList findings) : IReadProblemSink
{
    public void Report(ReadProblem problem)
    {
        var rule = RuleOf(problem.Kind);
        findings.Add(problem.Cell is { } cell
            ? rule.At(cell, problem.Value, problem.Details)
            : rule.InSheet(problem.Sheet, problem.Details));
    }

    public static Rule RuleOf(ReadProblemKind kind) => kind switch
    {
        ReadProblemKind.ColumnDuplicate => RuleCatalogue.ColumnDuplicate,
        ReadProblemKind.ColumnIgnored => RuleCatalogue.ColumnIgnored,
        ReadProblemKind.ColumnMissing => RuleCatalogue.ColumnMissing,
        ReadProblemKind.FileCorrupt => RuleCatalogue.FileCorrupt,
        ReadProblemKind.FileEmpty => RuleCatalogue.FileEmpty,
        ReadProblemKind.FileEncrypted => RuleCatalogue.FileEncrypted,
        ReadProblemKind.FileLegacyXls => RuleCatalogue.FileLegacyXls,
        ReadProblemKind.FileNotWorkbook => RuleCatalogue.FileNotWorkbook,
        ReadProblemKind.HeaderNotFound => RuleCatalogue.HeaderNotFound,
        ReadProblemKind.InfoKeyMissing => RuleCatalogue.InfoKeyMissing,
        ReadProblemKind.LimitCellText => RuleCatalogue.LimitCellText,
        ReadProblemKind.LimitColumns => RuleCatalogue.LimitColumns,
        ReadProblemKind.LimitCompressionRatio => RuleCatalogue.LimitCompressionRatio,
        ReadProblemKind.LimitPartSize => RuleCatalogue.LimitPartSize,
        ReadProblemKind.LimitRows => RuleCatalogue.LimitRows,
        ReadProblemKind.LimitSharedStrings => RuleCatalogue.LimitSharedStrings,
        ReadProblemKind.LimitXmlDepth => RuleCatalogue.LimitXmlDepth,
        ReadProblemKind.LimitXmlToken => RuleCatalogue.LimitXmlToken,
        ReadProblemKind.NoDataRows => RuleCatalogue.NoDataRows,
        ReadProblemKind.RowWithoutKey => RuleCatalogue.RowWithoutKey,
        ReadProblemKind.SheetDuplicate => RuleCatalogue.SheetDuplicate,
        ReadProblemKind.SheetIgnored => RuleCatalogue.SheetIgnored,
        ReadProblemKind.SheetMissing => RuleCatalogue.SheetMissing,
        ReadProblemKind.SupportProgramUnknown => RuleCatalogue.SupportProgramUnknown,
        ReadProblemKind.ValueAmbiguous => RuleCatalogue.ValueAmbiguous,
        ReadProblemKind.ValueCellError => RuleCatalogue.ValueCellError,
        ReadProblemKind.ValueCodeFormat => RuleCatalogue.ValueCodeFormat,
        ReadProblemKind.ValueFormulaWithoutResult => RuleCatalogue.ValueFormulaWithoutResult,
        ReadProblemKind.ValueIdNumber => RuleCatalogue.ValueIdNumber,
        ReadProblemKind.ValueIndicator => RuleCatalogue.ValueIndicator,
        ReadProblemKind.ValueNegative => RuleCatalogue.ValueNegative,
        ReadProblemKind.ValueNotDate => RuleCatalogue.ValueNotDate,
        ReadProblemKind.ValueNotInList => RuleCatalogue.ValueNotInList,
        ReadProblemKind.ValueNotNumber => RuleCatalogue.ValueNotNumber,
        ReadProblemKind.ValueNotWhole => RuleCatalogue.ValueNotWhole,
        ReadProblemKind.ValueOverBound => RuleCatalogue.ValueOverBound,
        ReadProblemKind.ValueRequired => RuleCatalogue.ValueRequired,
        ReadProblemKind.ValueYearFormat => RuleCatalogue.ValueYearFormat,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a read problem without its rule"),
    };
}
