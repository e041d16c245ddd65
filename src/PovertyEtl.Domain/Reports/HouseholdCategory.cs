namespace PovertyEtl.Domain.Reports;

/// <summary>Hộ nghèo or hộ cận nghèo, as the annual review classifies a household.</summary>
public enum HouseholdCategory { Poor, NearPoor }

public static class HouseholdCategoryCodes
{
    public static string Code(this HouseholdCategory category) => category == HouseholdCategory.Poor ? "poor" : "near_poor";

    public static HouseholdCategory? FromCode(string? code) => code switch
    {
        "poor" => HouseholdCategory.Poor,
        "near_poor" => HouseholdCategory.NearPoor,
        _ => null,
    };

    public static string VietnameseName(this HouseholdCategory? category) => category switch
    {
        HouseholdCategory.Poor => "hộ nghèo",
        HouseholdCategory.NearPoor => "hộ cận nghèo",
        _ => "không thuộc diện nghèo, cận nghèo",
    };
}
