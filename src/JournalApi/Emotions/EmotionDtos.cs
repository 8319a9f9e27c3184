using System.ComponentModel;
using JournalApi.Content.Snapshots;
using JournalApi.Posts;

namespace JournalApi.Emotions;

/// <summary>An emotion in the tree, with how much it is used.</summary>
public sealed record EmotionUsage(
    [property: Description("The emotion, lower-case.")] string Name,
    [property: Description("Its parent in emotions.yml, or null.")] string? Parent,
    [property: Description("Its children in emotions.yml.")] IReadOnlyList<string> Children,
    [property: Description("Posts that carry it.")] int Count,
    [property: Description("Posts that carry it or one of its descendants.")] int TotalCount,
    [property: Description("Date of the latest post that carries it or a descendant, ISO 8601, or null.")] string? LatestDate)
{
    public static EmotionUsage From(EmotionCount e) => new(e.Name, e.Parent, e.Children, e.Count, e.TotalCount, e.LatestDate?.ToString());
}

public sealed record NameCount(
    [property: Description("The emotion or tag.")] string Name,
    [property: Description("Posts it shares with the emotion described.")] int Count);

public sealed record Cooccurring(
    [property: Description("The emotions most often written beside this one.")] IReadOnlyList<NameCount> Emotions,
    [property: Description("The tags most often written beside this one.")] IReadOnlyList<NameCount> Tags);

/// <summary>Everything known of one emotion.</summary>
public sealed record EmotionResponse(
    [property: Description("The emotion.")] string Name,
    [property: Description("Its parent in emotions.yml, or null.")] string? Parent,
    [property: Description("Its children in emotions.yml.")] IReadOnlyList<string> Children,
    [property: Description("Other names that mean it.")] IReadOnlyList<string> Aliases,
    [property: Description("What it means, from emotions.yml, or null.")] string? Description,
    [property: Description("Posts that carry it.")] int Count,
    [property: Description("Date of the first post that carries it, or null.")] string? FirstDate,
    [property: Description("Date of the latest post that carries it, or null.")] string? LatestDate,
    [property: Description("What it is written with.")] Cooccurring Cooccurring)
{
    public static EmotionResponse From(EmotionDetail d) => new(d.Declared.Name, d.Declared.Parent, d.Children, d.Declared.Aliases,
        d.Declared.Description, d.Count, d.FirstDate?.ToString(), d.LatestDate?.ToString(),
        new Cooccurring([.. d.CooccurringEmotions.Select(c => new NameCount(c.Name, c.Count))], [.. d.CooccurringTags.Select(c => new NameCount(c.Name, c.Count))]));
}

public sealed record TimelineBucketResponse(
    [property: Description("First day of the bucket, YYYY-MM-DD.")] string Start,
    [property: Description("Last day of the bucket (included), YYYY-MM-DD.")] string End,
    [property: Description("Posts per emotion in the bucket; every emotion of the range appears, with 0 where it has none.")] IReadOnlyDictionary<string, int> Counts);

public sealed record TimelineResponse(
    [property: Description("week, month or year.")] string Interval,
    [property: Description("Every bucket from the first day to the last, oldest first.")] IReadOnlyList<TimelineBucketResponse> Buckets,
    [property: Description("Tags and emotions in the filters that no post carries, each with the nearest known one, as on GET /api/posts.")]
    IReadOnlyList<FilterNotice> Notices);
