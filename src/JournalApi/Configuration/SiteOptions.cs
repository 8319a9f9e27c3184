using JournalApi.Content.Addresses;

namespace JournalApi.Configuration;

/// <summary>The <c>Site</c> section: how the journal names itself in feeds, and where its pages are.</summary>
public sealed record SiteOptions
{
    public const string Section = "Site";

    /// <summary>The public address feeds build absolute links from; unset, the request's own scheme and host are used.</summary>
    public Uri? BaseUrl { get; init; }

    public string Title { get; init; } = "Journal";

    public string Description { get; init; } = "Entries from a personal journal.";

    public string Author { get; init; } = "The writer";

    /// <summary>
    /// The pattern of a post's page on the writer's site (<c>pageUrl</c>) when its front matter has no <c>permalink</c>:
    /// Jekyll's and Hugo's placeholders (<c>:year</c>, <c>:month</c>, <c>:day</c>, <c>:title</c>, <c>:slug</c>,
    /// <c>:categories</c>...) or a Jekyll style name (date, pretty, ordinal, none).
    /// </summary>
    public string Permalink { get; init; } = PageUrls.DefaultPattern;
}
