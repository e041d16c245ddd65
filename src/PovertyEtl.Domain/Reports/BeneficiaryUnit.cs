namespace PovertyEtl.Domain.Reports;

/// <summary>
/// What a support line's beneficiaries count, as its column header says: households (<c>Số hộ
/// được hỗ trợ</c>), turns (<c>Số lượt</c>: one household helped twice is two) or persons
/// (<c>Số người</c>). Only lines of one unit add up.
/// </summary>
public enum BeneficiaryUnit { Households, Turns, Persons }

public static class BeneficiaryUnitCodes
{
    public static string Code(this BeneficiaryUnit unit) => unit switch
    {
        BeneficiaryUnit.Turns => "turns",
        BeneficiaryUnit.Persons => "persons",
        _ => "households",
    };
}
