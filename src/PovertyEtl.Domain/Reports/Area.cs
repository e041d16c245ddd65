namespace PovertyEtl.Domain.Reports;

/// <summary>Nông thôn or thành thị: it decides which income line of the poverty standard applies.</summary>
public enum Area { Rural, Urban }

public static class AreaCodes
{
    public static string Code(this Area area) => area == Area.Rural ? "rural" : "urban";

    public static Area? FromCode(string? code) => code switch
    {
        "rural" => Area.Rural,
        "urban" => Area.Urban,
        _ => null,
    };

    /// <summary>
    /// A xã is rural; a phường or thị trấn is urban (the format's default when a household's area is
    /// blank). A đặc khu (the island special zones of 2025) counts as rural, like the island
    /// districts it replaced were mostly rural; an officer writes <c>Thành thị</c> where it is not.
    /// </summary>
    public static Area FromCommuneType(string communeType) => communeType is "xã" or "đặc khu" ? Area.Rural : Area.Urban;
}
