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

    /// <summary>
    /// What an entry's path says: its file name, except that a Hugo page bundle's <c>index.md</c> (or <c>index.html</c>)
    /// is named by its folder, as Hugo names the page (<c>posts/walk/index.md</c> is <c>walk</c>).
    /// </summary>
    public static EntryFileName OfPath(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        var fileName = relativePath[(slash + 1)..];
        if (slash <= 0 || !string.Equals(Path.GetFileNameWithoutExtension(fileName), "index", StringComparison.OrdinalIgnoreCase))
        {
            return Parse(fileName);
        }

        var folder = relativePath[..slash];
        return Parse(folder[(folder.LastIndexOf('/') + 1)..] + Path.GetExtension(fileName));
    }

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})-(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex JekyllName();
}
