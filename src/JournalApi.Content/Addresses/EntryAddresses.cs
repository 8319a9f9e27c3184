using JournalApi.Content.FrontMatter;
using JournalApi.Content.Model;
using JournalApi.Content.Validation;

namespace JournalApi.Content.Addresses;

/// <summary>Where an entry lives on the writer's site and how it is filed: page, aliases, categories, calendar day.</summary>
public static class EntryAddresses
{
    private const string PostsFolder = "_posts";

    /// <summary>
    /// Front matter <c>categories</c> (or <c>category</c>), then, as Jekyll does, the folders above a <c>_posts</c>
    /// folder (<c>travel/_posts/x.md</c> is in "travel"); normalised like tags, duplicates dropped.
    /// </summary>
    public static IReadOnlyList<string> Categories(EntryFields fields, string relativePath)
    {
        var folders = relativePath.Split('/')[..^1];
        var posts = Array.IndexOf(folders, PostsFolder);
        var fromFolders = posts > 0 ? folders[..posts] : [];
        return [.. FieldValues.Terms(fields.Categories?.Value).Concat(fromFolders.Select(FieldValues.NormaliseTerm))
            .Where(FieldValues.IsValidTerm).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The front matter's <c>permalink</c> (its placeholders filled in as Jekyll does), else the pattern's page.</summary>
    public static string PageUrl(EntryFields fields, string pattern, PostDate date, string slug, IReadOnlyList<string> categories, string relativePath) =>
        PageUrls.Written(FieldValues.Text(fields.Permalink?.Value)) is { } written
            ? PageUrls.Expand(written, date, slug, categories, relativePath)
            : PageUrls.Expand(pattern, date, slug, categories, relativePath);

    /// <summary><c>redirect_from</c> (jekyll-redirect-from) and <c>aliases</c> (Hugo): one path or a list, in the order written.</summary>
    public static IReadOnlyList<string> Aliases(EntryFields fields) =>
        [.. Paths(fields.RedirectFrom?.Value).Concat(Paths(fields.Aliases?.Value)).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The date with its calendar day as configured: the day written (default), or with <see cref="DateDay.Site"/> the
    /// day the instant falls on in <paramref name="zone"/>, as Jekyll files a post.
    /// </summary>
    public static PostDate DayOf(PostDate date, DateDay day, TimeZoneInfo zone)
    {
        if (day != DateDay.Site || !date.HasTime)
        {
            return date;
        }

        // Computed in ticks: at the calendar's edges (9999-12-31T23:00:00Z seen from +14:00) the local time has no DateTime.
        var local = date.Moment.UtcTicks + zone.GetUtcOffset(date.Moment).Ticks;
        return local < DateTime.MinValue.Ticks || local > DateTime.MaxValue.Ticks ? date : date with { Day = DateOnly.FromDateTime(new DateTime(local)) };
    }

    private static IEnumerable<string> Paths(YamlValue? value) => value switch
    {
        YamlScalar { IsNull: false } scalar => PageUrls.Written(scalar.Text) is { } path ? [path] : [],
        YamlSequence list => list.Items.SelectMany(Paths),
        _ => [],
    };
}
