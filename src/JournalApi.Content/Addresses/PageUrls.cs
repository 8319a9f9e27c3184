using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Model;

namespace JournalApi.Content.Addresses;

/// <summary>
/// A post's page on the writer's site, from a permalink pattern in Jekyll's and Hugo's placeholder style
/// (<c>/:year/:month/:day/:title/</c>), and the form paths are compared in so that an old link finds its post.
/// </summary>
public static partial class PageUrls
{
    /// <summary>Jekyll's own default ("pretty" without categories).</summary>
    public const string DefaultPattern = "/:year/:month/:day/:title/";

    /// <summary>Jekyll's named styles.</summary>
    private static readonly Dictionary<string, string> Styles = new(StringComparer.Ordinal)
    {
        ["date"] = "/:categories/:year/:month/:day/:title:output_ext",
        ["pretty"] = "/:categories/:year/:month/:day/:title/",
        ["ordinal"] = "/:categories/:year/:y_day/:title:output_ext",
        ["none"] = "/:categories/:title:output_ext",
    };

    /// <summary>The placeholders a pattern may hold.</summary>
    public static readonly IReadOnlySet<string> Placeholders = new HashSet<string>(StringComparer.Ordinal)
    {
        "year", "short_year", "month", "i_month", "day", "i_day", "y_day", "hour", "minute", "second",
        "title", "slug", "categories", "filename", "section", "output_ext",
    };

    /// <summary>The placeholders of <paramref name="pattern"/> that are not known, for a start-up message.</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string pattern) =>
        [.. Placeholder().Matches(Styles.GetValueOrDefault(pattern, pattern)).Select(m => m.Groups[1].Value).Where(p => !Placeholders.Contains(p)).Distinct()];

    /// <summary>The page of an entry with these values; unknown placeholders stay as written.</summary>
    /// <param name="pattern">A pattern, or one of Jekyll's style names (date, pretty, ordinal, none).</param>
    /// <param name="date">The post's date.</param>
    /// <param name="slug">The post's slug (<c>:title</c> and <c>:slug</c>, as Jekyll gives them).</param>
    /// <param name="categories">The post's categories (<c>:categories</c>, joined by '/').</param>
    /// <param name="sourcePath">The entry's path in the content folder (<c>:filename</c>, <c>:section</c>).</param>
    public static string Expand(string pattern, PostDate date, string slug, IReadOnlyList<string> categories, string sourcePath)
    {
        var local = date.Moment;
        var day = date.Day;
        var text = Placeholder().Replace(Styles.GetValueOrDefault(pattern, pattern), m => m.Groups[1].Value switch
        {
            "year" => day.Year.ToString("0000", CultureInfo.InvariantCulture),
            "short_year" => (day.Year % 100).ToString("00", CultureInfo.InvariantCulture),
            "month" => day.Month.ToString("00", CultureInfo.InvariantCulture),
            "i_month" => day.Month.ToString(CultureInfo.InvariantCulture),
            "day" => day.Day.ToString("00", CultureInfo.InvariantCulture),
            "i_day" => day.Day.ToString(CultureInfo.InvariantCulture),
            "y_day" => day.DayOfYear.ToString("000", CultureInfo.InvariantCulture),
            "hour" => (date.HasTime ? local.Hour : 0).ToString("00", CultureInfo.InvariantCulture),
            "minute" => (date.HasTime ? local.Minute : 0).ToString("00", CultureInfo.InvariantCulture),
            "second" => (date.HasTime ? local.Second : 0).ToString("00", CultureInfo.InvariantCulture),
            "title" or "slug" => slug,
            "categories" => string.Join('/', categories.Select(Slugs.Normalise).Where(c => c.Length > 0)),
            "filename" => Slugs.Normalise(Path.GetFileNameWithoutExtension(sourcePath)),
            "section" => sourcePath.Contains('/', StringComparison.Ordinal) ? Slugs.Normalise(sourcePath[..sourcePath.IndexOf('/', StringComparison.Ordinal)]) : "",
            "output_ext" => ".html",
            _ => m.Value,
        });
        return Clean(text);
    }

    /// <summary>A written path (<c>permalink</c>, an alias): made to start with '/', with runs of '/' made one. Null when blank.</summary>
    public static string? Written(string? text)
    {
        var path = text?.Trim();
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        // A whole address (Hugo aliases are sometimes written so): only its path is the site's.
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            path = absolute.AbsolutePath;
        }

        return Clean(path);
    }

    /// <summary>
    /// The form two paths are compared in: no query or fragment, percent-decoded, no trailing '/', 'index.html' or
    /// '.html' (Jekyll serves /a/b/ and /a/b.html alike), letters compared as written.
    /// </summary>
    public static string Key(string path)
    {
        var cut = path.IndexOfAny(['?', '#']);
        var key = cut >= 0 ? path[..cut] : path;
        key = Uri.UnescapeDataString(key);
        key = Clean(key);
        foreach (var ending in (string[])["/index.html", "/index.htm", ".html", ".htm", "/"])
        {
            if (key.Length > 1 && key.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                key = key[..^ending.Length];
                break;
            }
        }

        return key.Length == 0 ? "/" : key;
    }

    private static string Clean(string path)
    {
        var builder = new StringBuilder(path.Length + 1);
        builder.Append('/');
        foreach (var c in path)
        {
            if (c != '/' || builder[^1] != '/')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(":([a-z_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
