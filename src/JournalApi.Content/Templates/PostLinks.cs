using JournalApi.Content.Addresses;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Model;

namespace JournalApi.Content.Templates;

/// <summary>
/// Where Jekyll's <c>link</c> and <c>post_url</c> and Hugo's <c>ref</c> and <c>relref</c> point: the target post's page
/// (<c>pageUrl</c>) as the permalink pattern makes it from the target's file name (its date and slug). Seen from one
/// body, the target's own front matter is not known: a target that sets <c>permalink:</c>, <c>slug:</c> or categories,
/// or is renamed by a collision, is not followed; a target whose name has no date gets its API path.
/// </summary>
internal static class PostLinks
{
    /// <summary>The target post's API path (a relative link in a body to another entry's file goes there).</summary>
    public static string ApiUrlOf(string target)
    {
        var (_, _, slug, fragment) = Parse(target);
        return ApiPath(slug) + fragment;
    }

    public static string PageUrlOf(string target, string pattern)
    {
        var (name, fileName, slug, fragment) = Parse(target);
        if (fileName.Date is not { } day)
        {
            return ApiPath(slug) + fragment;
        }

        var date = new PostDate(day, new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), HasTime: false);
        return PageUrls.Expand(pattern, date, slug, [], name + ".md") + fragment;
    }

    private static string ApiPath(string slug) => $"/api/posts/{Uri.EscapeDataString(slug)}";

    /// <summary>The target's file name without folders, extension, query or fragment; what its name says; the fragment.</summary>
    private static (string Name, EntryFileName FileName, string Slug, string Fragment) Parse(string target)
    {
        var name = target.Trim().Trim('"', '\'');
        var cut = name.IndexOfAny(['#', '?']);
        var fragment = cut >= 0 ? name[cut..] : "";
        name = cut >= 0 ? name[..cut] : name;
        var folder = name[..(name.LastIndexOf('/') + 1)];
        name = name[folder.Length..];
        var dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            name = name[..dot];
        }

        // (A page bundle's index.md is named by its folder.)
        var fileName = EntryFileName.OfPath(folder + name + ".md");
        var slug = Slugs.Normalise(fileName.Stem) is { Length: > 0 } s ? s : "entry";
        return (name, fileName, slug, fragment);
    }
}
