namespace JournalApi.Configuration;

/// <summary>The <c>Site</c> section: how the journal names itself in feeds.</summary>
public sealed record SiteOptions
{
    public const string Section = "Site";

    /// <summary>The public address feeds build absolute links from; unset, the request's own scheme and host are used.</summary>
    public Uri? BaseUrl { get; init; }

    public string Title { get; init; } = "Journal";

    public string Description { get; init; } = "Entries from a personal journal.";

    public string Author { get; init; } = "The writer";
}
