using System.Text;

namespace JournalApi.Corpus;

/// <summary>File-name slugs from titles: lower-case ASCII letters and digits, every other run one hyphen.</summary>
internal static class Slugs
{
    public static string Of(string title)
    {
        var slug = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            if (c is '\'' or '"')
            {
                continue; // "Don't" gives "dont", not "don-t"
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().TrimEnd('-');
        return text.Length > 0 ? text : "entry";
    }
}
