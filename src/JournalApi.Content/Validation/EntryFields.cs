using JournalApi.Content.FrontMatter;

namespace JournalApi.Content.Validation;

/// <summary>The front matter of one entry, field by field, as written; what <see cref="EntryValidator"/> checks.</summary>
/// <remarks>
/// Each field is looked up once, here: the validator's rules and the loader read them many times per entry, and looking
/// them up (and normalising the slug) on every read was a visible part of loading.
/// </remarks>
public sealed class EntryFields
{
    /// <summary>The keys that are fields of a post; every other key is passed through under <c>meta</c>.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "date", "tags", "emotions", "description", "excerpt", "excerpt_separator", "slug",
        "draft", "published", "updated", "last_modified_at",
        "tag", "category", "categories", "permalink", "redirect_from", "aliases", "image", "images", "cover",
    };

    public EntryFields(IReadOnlyList<YamlField> all, EntryFileName fileName, TimeZoneInfo zone)
    {
        All = all;
        FileName = fileName;
        Zone = zone;
        Title = Get("title");
        Date = Get("date");
        Tags = Get("tags") ?? Get("tag");
        Categories = Get("categories") ?? Get("category");
        Permalink = Get("permalink");
        RedirectFrom = Get("redirect_from");
        Aliases = Get("aliases");
        Image = Get("image") ?? Get("images") ?? Get("cover");
        Emotions = Get("emotions");
        Description = Get("description");
        Excerpt = Get("excerpt");
        ExcerptSeparator = Get("excerpt_separator");
        Slug = Get("slug");
        Draft = Get("draft");
        Published = Get("published");
        Updated = Get("updated") ?? Get("last_modified_at");
        WrittenSlug = FieldValues.Text(Slug?.Value) is { } written ? Slugs.Normalise(written) : Slugs.Normalise(FileName.Stem);
        ServedSlug = WrittenSlug is { Length: > 0 } slug ? slug
            : Slugs.Normalise(FieldValues.Text(Title?.Value) ?? "") is { Length: > 0 } fromTitle ? fromTitle : "entry";
    }

    public IReadOnlyList<YamlField> All { get; }
    public EntryFileName FileName { get; }
    public TimeZoneInfo Zone { get; }

    public YamlField? Title { get; }
    public YamlField? Date { get; }
    public YamlField? Tags { get; }
    public YamlField? Emotions { get; }

    /// <summary><c>categories</c>, else <c>category</c>.</summary>
    public YamlField? Categories { get; }

    public YamlField? Permalink { get; }
    public YamlField? RedirectFrom { get; }
    public YamlField? Aliases { get; }

    /// <summary><c>image</c>, else <c>images</c>, else <c>cover</c>.</summary>
    public YamlField? Image { get; }
    public YamlField? Description { get; }
    public YamlField? Excerpt { get; }
    public YamlField? ExcerptSeparator { get; }
    public YamlField? Slug { get; }
    public YamlField? Draft { get; }
    public YamlField? Published { get; }
    public YamlField? Updated { get; }

    /// <summary>The slug written or made from the file name; empty when it has no ASCII letters or digits.</summary>
    public string WrittenSlug { get; }

    /// <summary>
    /// The slug the entry is served under, before collisions are resolved. A name with no ASCII letters or digits
    /// (時間軸.md) falls back to the title's slug, then to "entry", so that the entry is still served.
    /// </summary>
    public string ServedSlug { get; }

    // An empty value ('description:' with nothing after it, or '~') counts as absent, as Jekyll treats it. A key written
    // in other case ('Title:', 'Tags:') is the field too, as Hugo reads front matter; the key as written wins.
    private YamlField? Get(string key)
    {
        if (Find(key, StringComparison.Ordinal) is { } field)
        {
            return field;
        }

        if (Find(key, StringComparison.OrdinalIgnoreCase) is { } inOtherCase)
        {
            (readInOtherCase ??= []).Add(inOtherCase);
            return inOtherCase;
        }

        return null;
    }

    private List<YamlField>? readInOtherCase;

    /// <summary>Whether a key is a field of the post rather than meta: a known key, or one in other case read as a field.</summary>
    public bool IsField(YamlField field) => Known.Contains(field.Key) || (readInOtherCase?.Contains(field) ?? false);

    private YamlField? Find(string key, StringComparison comparison)
    {
        foreach (var field in All)
        {
            if (string.Equals(field.Key, key, comparison) && field.Value is not YamlScalar { IsNull: true })
            {
                return field;
            }
        }

        return null;
    }
}
