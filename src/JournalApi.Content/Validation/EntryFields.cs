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

    /// <summary>The slug the entry is served under, before collisions are resolved; empty when nothing usable is left.</summary>
    public string ServedSlug => FieldValues.Text(Slug?.Value) is { } written ? Slugs.Normalise(written) : Slugs.Normalise(FileName.Stem);

    private YamlField? Get(string key) => All.FirstOrDefault(f => f.Key == key);
}
