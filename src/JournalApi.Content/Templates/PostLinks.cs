using JournalApi.Content.FrontMatter;

namespace JournalApi.Content.Templates;

/// <summary>
/// Where Jekyll's <c>link</c> and <c>post_url</c> and Hugo's <c>ref</c> and <c>relref</c> point: the target post's API
/// path, with the slug its file name gives (a target that sets <c>slug:</c> or is renamed by a collision is not
/// seen from here).
/// </summary>
internal static class PostLinks
{
    public static string ApiUrlOf(string target)
    {
        var name = target.Trim().Trim('"', '\'');
        var cut = name.IndexOfAny(['#', '?']);
        var fragment = cut >= 0 ? name[cut..] : "";
        name = cut >= 0 ? name[..cut] : name;
        name = name[(name.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            name = name[..dot];
        }

        var slug = Slugs.Normalise(EntryFileName.Parse(name + ".md").Stem);
        return $"/api/posts/{Uri.EscapeDataString(slug.Length > 0 ? slug : "entry")}{fragment}";
    }
}
