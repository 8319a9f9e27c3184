using JournalApi.Content.Model;
using JournalApi.Content.Vocabulary;

namespace JournalApi.Content.Snapshots;

/// <summary>An emotion in the tree: its own count and the count including its descendants.</summary>
public sealed record EmotionCount(string Name, string? Parent, IReadOnlyList<string> Children, int Count, int TotalCount, PostDate? LatestDate);

/// <summary>Everything known of one emotion.</summary>
public sealed record EmotionDetail(Emotion Declared, IReadOnlyList<string> Children, int Count, PostDate? FirstDate, PostDate? LatestDate,
    IReadOnlyList<(string Name, int Count)> CooccurringEmotions, IReadOnlyList<(string Name, int Count)> CooccurringTags);

public enum TimelineInterval
{
    Week,
    Month,
    Year,
}

/// <summary>One bucket of the emotional timeline: posts per emotion between two days (both included).</summary>
public sealed record TimelineBucket(DateOnly Start, DateOnly End, IReadOnlyDictionary<string, int> Counts);

public sealed partial class ContentSnapshot
{
    public const int MaxTimelineBuckets = 2000;
    private const int CooccurringShown = 10;

    /// <summary>Every emotion declared or used, by total count (own plus descendants), then name.</summary>
    public IReadOnlyList<EmotionCount> EmotionTree { get; }

    public EmotionDetail? DescribeEmotion(string name)
    {
        name = Vocabulary.Canonical(name);
        var declared = Vocabulary.Find(name) ?? (byEmotion.ContainsKey(name) ? new Emotion(name, null, [], null) : null);
        if (declared is null)
        {
            return null;
        }

        var own = byEmotion.GetValueOrDefault(name, []);
        var posts = own.Select(i => Posts[i]).ToList();
        return new EmotionDetail(declared, Vocabulary.ChildrenOf(name), own.Length,
            posts.Count > 0 ? posts[^1].Date : null, posts.Count > 0 ? posts[0].Date : null,
            Top(posts.SelectMany(p => p.Emotions).Where(e => e != name)), Top(posts.SelectMany(p => p.Tags)));
    }

    /// <summary>
    /// Posts per emotion per week, month or year over the posts matching <paramref name="filters"/> (paging ignored),
    /// every bucket from the first to the last day present, zero-filled; null when that would be more than
    /// <see cref="MaxTimelineBuckets"/> buckets.
    /// </summary>
    public IReadOnlyList<TimelineBucket>? Timeline(PostQuery filters, TimelineInterval interval)
    {
        var matches = Match(filters).Select(i => Posts[i]).ToList();
        if (matches.Count == 0 && (filters.From is null || filters.To is null))
        {
            return [];
        }

        var first = filters.From ?? matches[^1].Date.Day;
        var last = filters.To ?? matches[0].Date.Day;
        var starts = new List<DateOnly>();
        for (DateOnly? start = StartOf(first, interval); start is { } s && s <= last; start = Next(s, interval))
        {
            if (starts.Count == MaxTimelineBuckets)
            {
                return null;
            }

            starts.Add(s);
        }

        var emotions = matches.SelectMany(p => p.Emotions).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return [.. starts.Select(start =>
        {
            var end = Next(start, interval)?.AddDays(-1) ?? DateOnly.MaxValue;
            var inBucket = matches.Where(p => p.Date.Day >= start && p.Date.Day <= end).ToList();
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var emotion in emotions)
            {
                counts[emotion] = inBucket.Count(p => p.Emotions.Contains(emotion));
            }

            return new TimelineBucket(start, end, counts);
        })];
    }

    private static DateOnly StartOf(DateOnly day, TimelineInterval interval) => interval switch
    {
        TimelineInterval.Year => new DateOnly(day.Year, 1, 1),
        TimelineInterval.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), // ISO weeks start on Monday
    };

    /// <summary>The next bucket's first day; null past the end of the calendar (9999-12-31).</summary>
    private static DateOnly? Next(DateOnly start, TimelineInterval interval)
    {
        var days = start.ToDateTime(TimeOnly.MinValue);
        var next = interval switch
        {
            TimelineInterval.Year => days.Year < 9999 ? days.AddYears(1) : (DateTime?)null,
            TimelineInterval.Month => days.Year < 9999 || days.Month < 12 ? days.AddMonths(1) : null,
            _ => DateTime.MaxValue - days >= TimeSpan.FromDays(7) ? days.AddDays(7) : null,
        };
        return next is { } n ? DateOnly.FromDateTime(n) : null;
    }

    private static List<(string, int)> Top(IEnumerable<string> values) =>
        [.. values.GroupBy(v => v, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))
            .OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal).Take(CooccurringShown)];

    private List<EmotionCount> BuildEmotionTree()
    {
        var names = Vocabulary.Emotions.Select(e => e.Name).Concat(byEmotion.Keys).Distinct(StringComparer.Ordinal);
        return [.. names.Select(name =>
            {
                var all = EmotionPostings(name, expand: true);
                var own = byEmotion.GetValueOrDefault(name, []);
                return new EmotionCount(name, Vocabulary.Find(name)?.Parent, Vocabulary.ChildrenOf(name), own.Length, all.Length,
                    all.Length > 0 ? Posts[all[0]].Date : null);
            })
            .OrderByDescending(e => e.TotalCount).ThenBy(e => e.Name, StringComparer.Ordinal)];
    }
}
