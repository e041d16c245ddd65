namespace PovertyEtl.Ingestion.Files;

/// <summary>
/// Which names are taken at all, and which are workbooks. A copy program writes under a temporary
/// name (<c>*.part</c>) and renames when done; Excel keeps <c>~$…</c> lock files beside an open
/// workbook; hidden files are the system's or ours (<c>.povertyetl/</c>): none of these is ever
/// taken. Anything else is taken, and a name that is not a workbook's is rejected (contracts.md: a
/// <c>.csv</c>, a <c>.pdf</c>, a <c>.docx</c> in the inbox is never left there unnoticed).
/// </summary>
public static class ReportFileNames
{
    private static readonly string[] WorkbookExtensions = [".xlsx", ".xlsm", ".xls"];

    public static bool IsTaken(string name) =>
        !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal)
        && !name.EndsWith(".part", StringComparison.OrdinalIgnoreCase);

    public static bool IsWorkbook(string name) => WorkbookExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);
}
