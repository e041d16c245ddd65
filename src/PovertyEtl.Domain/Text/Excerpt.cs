using PovertyEtl.Domain.Limits;

namespace PovertyEtl.Domain.Text;

/// <summary>
/// What a finding may quote of a text: its first <see cref="ReadLimits.QuotedCharacters"/>
/// characters and an ellipsis, so a 50 MB cell never makes a 50 MB findings file or page.
/// </summary>
public static class Excerpt
{
    public const char Ellipsis = '…';

    public static string Of(string text, int characters = ReadLimits.QuotedCharacters)
    {
        if (text.Length <= characters) return text;
        // Never cut a surrogate pair in half: the half would not encode.
        var cut = char.IsHighSurrogate(text[characters - 1]) ? characters - 1 : characters;
        return string.Concat(text.AsSpan(0, cut), Ellipsis.ToString());
    }
}
