namespace PovertyEtl.Reading.Layout;

/// <summary>A key of the <c>ThongTin</c> sheet: its label and aliases, whether it is required.</summary>
public sealed record InfoLabel(string Key, string Label, IReadOnlyList<string> Aliases, bool Required)
{
    public IEnumerable<string> Labels => Aliases.Prepend(Label);
}
