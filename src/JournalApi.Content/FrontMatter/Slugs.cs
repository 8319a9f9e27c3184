using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace JournalApi.Content.FrontMatter;

/// <summary>Slugs: lower-case ASCII words joined by '-', and the titles Jekyll makes from them.</summary>
public static partial class Slugs
{
    public static bool IsCanonical(string slug) => CanonicalSlug().IsMatch(slug);

    /// <summary>Lower-cases, removes accents and turns every other run of characters into one '-'.</summary>
    public static string Normalise(string text)
    {
        var decomposed = FieldValues.Normalize(text, NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Jekyll's title from a slug: <c>reaching-out</c> becomes "Reaching Out".</summary>
    public static string ToTitle(string slug) =>
        string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalSlug();
}
