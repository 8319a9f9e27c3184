using JournalApi.Content.FrontMatter;

namespace JournalApi.Content.Validation;

/// <summary>The front matter of one entry, field by field, as written; what <see cref="EntryValidator"/> checks.</summary>
public sealed record EntryFields(IReadOnlyList<YamlField> All, EntryFileName FileName, TimeZoneInfo Zone)
{
    /// <summary>The keys that are fields of a post; every other key is passed through under <c>meta</c>.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "date", "tags", "emotions", "description", "excerpt", "excerpt_separator", "slug",
        "draft", "published", "updated", "last_modified_at",
    };

    public YamlField? Title => Get("title");
    public YamlField? Date => Get("date");
    public YamlField? Tags => Get("tags");
    public YamlField? Emotions => Get("emotions");
    public YamlField? Description => Get("description");
    public YamlField? Excerpt => Get("excerpt");
    public YamlField? ExcerptSeparator => Get("excerpt_separator");
    public YamlField? Slug => Get("slug");
    public YamlField? Draft => Get("draft");
    public YamlField? Published => Get("published");
    public YamlField? Updated => Get("updated") ?? Get("last_modified_at");

    /// <summary>The slug written or made from the file name; empty when it has no ASCII letters or digits.</summary>
    public string WrittenSlug => FieldValues.Text(Slug?.Value) is { } written ? Slugs.Normalise(written) : Slugs.Normalise(FileName.Stem);

    /// <summary>
    /// The slug the entry is served under, before collisions are resolved. A name with no ASCII letters or digits
    /// (時間軸.md) falls back to the title's slug, then to "entry", so that the entry is still served.
    /// </summary>
    public string ServedSlug => WrittenSlug is { Length: > 0 } slug ? slug
        : Slugs.Normalise(FieldValues.Text(Title?.Value) ?? "") is { Length: > 0 } fromTitle ? fromTitle : "entry";

    // An empty value ('description:' with nothing after it, or '~') counts as absent, as Jekyll treats it.
    private YamlField? Get(string key) => All.FirstOrDefault(f => f.Key == key && f.Value is not YamlScalar { IsNull: true });
}
