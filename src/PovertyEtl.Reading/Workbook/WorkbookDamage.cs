namespace PovertyEtl.Reading.Workbook;

/// <summary>
/// The exceptions that mean the bytes of a workbook are damaged (a broken zip, malformed XML, a
/// part that ends early or is missing), decided once by type: they are the sender's file to
/// fix, not a fault on our side. They can surface late, while a sheet streams.
/// </summary>
public static class WorkbookDamage
{
    public static bool Is(Exception e) =>
        e is InvalidDataException or System.Xml.XmlException or EndOfStreamException or WorkbookPartMissingException
        // Readers turn a limit into its own finding; one that surfaces elsewhere is still the file's, not ours.
        or WorkbookLimitExceededException;
}
