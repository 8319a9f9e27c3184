using System.Globalization;
using System.Text.RegularExpressions;

namespace JournalApi.Content.FrontMatter;

/// <summary>
/// What a file name says: Jekyll's <c>YYYY-MM-DD-slug.md</c> gives a date and a slug (month and day may
/// lack their leading zero); any other name gives only a slug.
/// </summary>
public sealed partial record EntryFileName(DateOnly? Date, string Stem)
{
    public static EntryFileName Parse(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var match = JekyllName().Match(stem);
        if (match.Success &&
            DateOnly.TryParseExact($"{match.Groups[1].Value}-{match.Groups[2].Value}-{match.Groups[3].Value}", "yyyy-M-d",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new EntryFileName(date, match.Groups[4].Value);
        }

        return new EntryFileName(null, stem);
    }

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})-(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex JekyllName();
}
