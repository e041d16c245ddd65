namespace PovertyEtl.Reading.Problems;

/// <summary>
/// What reading found that keeps a cell, a row, a sheet or the file from being read as the format
/// lays it out. Reading only names the problem and where it is; the rule it breaks (code,
/// severity, message) is the validation's to say, from the one catalogue users read.
/// </summary>
public enum ReadProblemKind
{
    ColumnDuplicate,
    ColumnIgnored,
    ColumnMissing,
    FileCorrupt,
    FileEmpty,
    FileEncrypted,
    FileLegacyXls,
    FileNotWorkbook,
    HeaderNotFound,
    InfoKeyMissing,
    LimitCellText,
    LimitColumns,
    LimitCompressionRatio,
    LimitPartSize,
    LimitRows,
    LimitSharedStrings,
    LimitXmlDepth,
    LimitXmlToken,
    NoDataRows,
    RowWithoutKey,
    SheetDuplicate,
    SheetIgnored,
    SheetMissing,
    SupportProgramUnknown,
    ValueAmbiguous,
    ValueCellError,
    ValueCodeFormat,
    ValueFormulaWithoutResult,
    ValueIdNumber,
    ValueIndicator,
    ValueNegative,
    ValueNotDate,
    ValueNotInList,
    ValueNotNumber,
    ValueNotWhole,
    ValueOverBound,
    ValueRequired,
    ValueYearFormat,
}
