namespace PovertyEtl.Tests.Support;

/// <summary>
/// The tidy report as a post-reform review (format v2, year 2025): province Vĩnh Long (86), no
/// district, its four communes replaced by units in force from 1 July 2025 of the same kind (the
/// town by a phường, the three xã by xã), everything else unchanged.
/// </summary>
public sealed partial class TidyReport
{
    public const string ProvinceAfterReform = "86";

    /// <summary>Old tidy commune → (new code, new name): urban stays urban, rural rural.</summary>
    public static readonly IReadOnlyDictionary<string, (string Code, string Name)> CommunesAfterReform = new Dictionary<string, (string, string)>
    {
        ["29461"] = ("29242", "Trà Vinh"),
        ["29464"] = ("29467", "Tập Sơn"),
        ["29467"] = ("29461", "Trà Cú"),
        ["29470"] = ("28807", "Giao Long"),
    };

    public TidyReport AfterReform()
    {
        Set(ThongTin, "B1", ProvinceAfterReform).Set(ThongTin, "B2", "Vĩnh Long");
        Clear(ThongTin, "A3").Clear(ThongTin, "B3").Clear(ThongTin, "A4").Clear(ThongTin, "B4");
        Set(ThongTin, "B5", 2025).Set(ThongTin, "B6", new DateTime(2025, 12, 15));
        Clock = FakeClock.On(2026, 1, 10);
        foreach (var c in TidyData.Communes)
        {
            var (code, name) = CommunesAfterReform[c.Code];
            Set(TongHop, $"A{c.Row}", code).Set(TongHop, $"B{c.Row}", name);
        }
        foreach (var h in TidyData.Households) Set(DanhSachHo, $"B{h.Row}", CommunesAfterReform[h.CommuneCode].Code);
        foreach (var s in TidyData.Support) Set(HoTro, $"A{s.Row}", CommunesAfterReform[s.CommuneCode].Code);
        return this;
    }

    /// <summary>The post-reform report as Phường Trà Vinh's own: <c>Mã xã</c> 29242 in ThongTin, the other communes taken out.</summary>
    public TidyReport SingleCommuneAfterReform()
    {
        AfterReform().Set(ThongTin, "A9", "Mã xã").Set(ThongTin, "B9", "29242");
        var kept = TidyData.Communes[0];
        var lastKeptHousehold = TidyData.Households.Where(h => h.CommuneCode == kept.Code).Max(h => h.Row);
        while (Sheet(DanhSachHo).LastRowUsed()!.RowNumber() > lastKeptHousehold) DeleteRow(DanhSachHo, lastKeptHousehold + 1);
        for (var i = 1; i < TidyData.Communes.Count; i++)
        {
            DeleteRow(TongHop, kept.Row + 1);
            DeleteRow(HoTro, kept.Row + 1);
        }
        return this;
    }
}
