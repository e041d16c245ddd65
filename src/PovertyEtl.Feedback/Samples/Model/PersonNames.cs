using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Samples.Model;

/// <summary>
/// Synthetic names of real shape: family name, middle name, given name, with full diacritics.
/// Khmer names in the south follow the Vietnamese order with family names such as Thạch,
/// Kim, Sơn, Danh; Hoa families have their own surnames. No list here names a real person.
/// </summary>
internal static class PersonNames
{
    private static readonly (string Name, int Weight)[] KinhFamilies =
    [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Huỳnh", 5), ("Võ", 4), ("Phan", 4), ("Trương", 2),
        ("Bùi", 2), ("Đặng", 2), ("Đỗ", 2), ("Ngô", 2), ("Hồ", 2), ("Dương", 1), ("Đinh", 1), ("Lâm", 1), ("Lý", 1),
        ("Tô", 1), ("Châu", 1), ("Mai", 1), ("Cao", 1), ("Đoàn", 1), ("Lưu", 1), ("Thái", 1),
    ];

    private static readonly string[] MaleMiddles = ["Văn", "Văn", "Văn", "Hữu", "Minh", "Thanh", "Quốc", "Công", "Đức", "Hoàng", "Tấn", "Phước"];
    private static readonly string[] FemaleMiddles = ["Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Mỹ", "Bích", "Thu", "Hồng"];

    private static readonly string[] MaleGiven =
    [
        "An", "Bình", "Cường", "Dũng", "Em", "Giàu", "Hùng", "Hải", "Hiếu", "Khánh", "Lộc", "Lợi", "Nam", "Nghĩa", "Phúc",
        "Phước", "Quang", "Sang", "Sơn", "Tài", "Tâm", "Thành", "Thắng", "Trung", "Tuấn", "Út", "Vinh", "Vũ", "Đông", "Hòa",
    ];

    private static readonly string[] FemaleGiven =
    [
        "Bé", "Cúc", "Diễm", "Đào", "Hà", "Hạnh", "Hiền", "Hoa", "Hồng", "Hương", "Lan", "Liên", "Loan", "Mai", "Nga",
        "Nhung", "Phượng", "Sương", "Tâm", "Thảo", "Thủy", "Trang", "Tuyết", "Út", "Vân", "Xuân", "Yến", "Ánh", "Nhàn", "Lệ",
    ];

    private static readonly (string Name, int Weight)[] KhmerFamilies =
        [("Thạch", 30), ("Kim", 18), ("Sơn", 16), ("Danh", 8), ("Lâm", 8), ("Trà", 6), ("Triệu", 4), ("Huỳnh", 4), ("Lý", 3), ("Dương", 3)];

    private static readonly string[] KhmerMaleGiven =
        ["Sa Rươne", "Sô Phát", "Sóc", "Chanh", "Phol", "Sà Vát", "Sóc Kha", "Rết", "Xà Rinh", "Sây", "Khanh", "Sa Rên", "Chăn Thu", "Pho", "Sà Ol"];

    private static readonly string[] KhmerFemaleGiven =
        ["Thị Sa Mây", "Thị Sóc", "Thị Phol", "Thị Sa Ry", "Thị Hên", "Thị Sa Phương", "Thị Chăn Thi", "Thị Sà Rươl", "Thị Thu", "Thị Mum"];

    private static readonly string[] HoaFamilies = ["Lâm", "Lý", "Trương", "Quách", "Tăng", "Dương", "Hứa", "Mã", "Giang", "Diệp", "Tạ", "La"];

    /// <summary>A name as the head of a household of that ethnicity would plausibly carry it.</summary>
    public static string For(Term ethnicity, bool female, Random random) => ethnicity.Name switch
    {
        "Khmer" => $"{random.PickWeighted(KhmerFamilies)} {random.Pick(female ? KhmerFemaleGiven : KhmerMaleGiven)}",
        "Hoa" => Vietnamese(random.Pick(HoaFamilies), female, random),
        _ => Vietnamese(random.PickWeighted(KinhFamilies), female, random),
    };

    public static string Official(Random random) => Vietnamese(random.PickWeighted(KinhFamilies), random.Chance(40), random);

    private static string Vietnamese(string family, bool female, Random random) =>
        $"{family} {random.Pick(female ? FemaleMiddles : MaleMiddles)} {random.Pick(female ? FemaleGiven : MaleGiven)}";
}
