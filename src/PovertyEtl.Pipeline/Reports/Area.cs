namespace PovertyEtl.Pipeline.Reports;

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

    /// <summary>A xã is rural; a phường or thị trấn is urban (the format's default when a household's area is blank).</summary>
    public static Area FromCommuneType(string communeType) => communeType == "xã" ? Area.Rural : Area.Urban;
}
