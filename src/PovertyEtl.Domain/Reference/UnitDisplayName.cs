namespace PovertyEtl.Domain.Reference;

/// <summary>
/// The one way a unit is named for people: its type word, capitalised, then its name
/// (<c>Thị xã Duyên Hải</c>, <c>Huyện Duyên Hải</c>, <c>Thị trấn Định An</c>, <c>Tỉnh Trà Vinh</c>).
/// Short names are not unique (a huyện and a thị xã are both Duyên Hải; Trà Vinh is a province,
/// a city and a ward), the type word tells them apart. A name that already starts with its type
/// word (<c>Phường 4</c>, <c>Quận 12</c>: the reference keeps it where only a number would remain)
/// is not doubled.
/// </summary>
public static class UnitDisplayName
{
    public const string Province = "tỉnh";
    public const string City = "thành phố";

    public static string Of(string type, string name)
    {
        if (type.Length == 0) return name;
        var word = char.ToUpperInvariant(type[0]) + type[1..];
        return name.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase) ? name : $"{word} {name}";
    }

    /// <summary>
    /// A province's type as the reference writes it (<c>Tỉnh</c>, <c>Thành phố Trung ương</c>,
    /// <c>thành phố</c>) reduced to its type word: <c>tỉnh</c> or <c>thành phố</c>.
    /// </summary>
    public static string ProvinceType(string written) =>
        written.StartsWith(City, StringComparison.OrdinalIgnoreCase) ? City
        : written.StartsWith(Province, StringComparison.OrdinalIgnoreCase) ? Province
        : throw new InvalidDataException($"unknown province type '{written}': tỉnh or thành phố expected");
}
