using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using JournalApi.Content.Model;
using JournalApi.Content.Vocabulary;

namespace JournalApi.Content.Indexing;

/// <summary>
/// Everything one load produced: the visible posts, newest first, with their indexes, and every diagnostic.
/// Built once and never changed; requests only read it, so it needs no locks.
/// </summary>
public sealed partial class ContentSnapshot
{
    private readonly FrozenDictionary<string, int> positionBySlug;
    private readonly FrozenDictionary<string, int[]> byTag;
    private readonly FrozenDictionary<string, int[]> byEmotion;
    private readonly int[] titleRank;

    public ContentSnapshot(IEnumerable<Post> visiblePosts, IEnumerable<Diagnostic> diagnostics, DateTimeOffset builtAt,
        EmotionVocabulary? vocabulary = null)
    {
        Vocabulary = vocabulary ?? EmotionVocabulary.Open;
        Posts = [.. visiblePosts.OrderByDescending(p => p.Date).ThenBy(p => p.Slug, StringComparer.Ordinal)];
        Diagnostics = [.. diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
        BuiltAt = builtAt;
        positionBySlug = Posts.Select((p, i) => KeyValuePair.Create(p.Slug, i)).ToFrozenDictionary(StringComparer.Ordinal);
        byTag = Invert(p => p.Tags);
        byEmotion = Invert(p => p.Emotions);
        titleRank = Rank(Posts);
        Tags = Count(byTag);
        Emotions = Count(byEmotion);
        Archive = CountByMonth(Posts);
        EmotionTree = BuildEmotionTree();
        Version = ComputeVersion();
    }

    /// <summary>Visible posts, newest first (ties by slug).</summary>
    public IReadOnlyList<Post> Posts { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The emotion vocabulary this snapshot was built with (open when there is no emotions.yml).</summary>
    public EmotionVocabulary Vocabulary { get; }

    /// <summary>A hash of what is served: equal for equal content, on every replica.</summary>
    public string Version { get; }

    public DateTimeOffset BuiltAt { get; }

    /// <summary>Every tag, most used first (ties by name).</summary>
    public IReadOnlyList<TermCount> Tags { get; }

    /// <summary>Every emotion, most used first (ties by name).</summary>
    public IReadOnlyList<TermCount> Emotions { get; }

    /// <summary>Post counts by year and month, latest first.</summary>
    public IReadOnlyList<YearCount> Archive { get; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    public Post? Find(string slug) => positionBySlug.TryGetValue(slug, out var i) ? Posts[i] : null;

    /// <summary>The post published just before (older) and just after (newer) the given one.</summary>
    public (Post? Previous, Post? Next) Neighbours(Post post)
    {
        var i = positionBySlug[post.Slug];
        return (i + 1 < Posts.Count ? Posts[i + 1] : null, i > 0 ? Posts[i - 1] : null);
    }

    public PostPage Query(PostQuery query)
    {
        var matches = Match(query);
        var ordered = query.Sort switch
        {
            PostSort.DateAscending => matches.AsEnumerable().Reverse(),
            PostSort.TitleAscending => matches.OrderBy(i => titleRank[i]),
            PostSort.TitleDescending => matches.OrderByDescending(i => titleRank[i]),
            _ => matches,
        };
        var page = ordered.Skip((int)Math.Min(int.MaxValue, (long)(query.Page - 1) * query.PageSize)).Take(query.PageSize)
            .Select(i => Posts[i]).ToList();
        return new PostPage(page, matches.Count);
    }

    /// <summary>Positions of the matching posts, in date order (newest first).</summary>
    private List<int> Match(PostQuery query)
    {
        IEnumerable<int> candidates = Enumerable.Range(0, Posts.Count);
        if (query.Tags.Count > 0)
        {
            candidates = Combine(candidates, [.. query.Tags.Select(t => byTag.GetValueOrDefault(t, []))], query.TagMatch);
        }

        if (query.Emotions.Count > 0)
        {
            var expand = query.EmotionMatch != MatchMode.Exact;
            candidates = Combine(candidates, [.. query.Emotions.Select(e => EmotionPostings(e, expand))], query.EmotionMatch);
        }

        if (query.SameDay is { } day)
        {
            candidates = candidates.Where(i => Posts[i].Date.Day is var d && d.Month == day.Month && d.Day == day.Day && d.Year < day.BeforeYear);
        }

        if (query.From is { } from)
        {
            candidates = candidates.Where(i => Posts[i].Date.Day >= from);
        }

        if (query.To is { } to)
        {
            candidates = candidates.Where(i => Posts[i].Date.Day <= to);
        }

        return candidates.ToList();
    }

    /// <summary>Positions of the posts that carry an emotion (named or by alias), and with <paramref name="expand"/> any of its descendants.</summary>
    private int[] EmotionPostings(string emotion, bool expand)
    {
        var name = Vocabulary.Canonical(emotion);
        return expand
            ? [.. Vocabulary.WithDescendants(name).SelectMany(n => byEmotion.GetValueOrDefault(n, [])).Distinct().Order()]
            : byEmotion.GetValueOrDefault(name, []);
    }

    private static IEnumerable<int> Combine(IEnumerable<int> candidates, IReadOnlyList<int[]> lists, MatchMode mode)
    {
        if (mode != MatchMode.Any)
        {
            return lists.Aggregate(candidates, (set, list) => set.Intersect(list));
        }

        var union = new HashSet<int>(lists.SelectMany(l => l));
        return candidates.Where(union.Contains);
    }

    private FrozenDictionary<string, int[]> Invert(Func<Post, IEnumerable<string>> terms)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Posts.Count; i++)
        {
            foreach (var term in terms(Posts[i]))
            {
                if (!index.TryGetValue(term, out var list))
                {
                    index[term] = list = [];
                }

                list.Add(i);
            }
        }

        return index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    private IReadOnlyList<TermCount> Count(FrozenDictionary<string, int[]> index) =>
        [.. index.Select(kv => new TermCount(kv.Key, kv.Value.Length, Posts[kv.Value[0]].Date))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal)];

    private static List<YearCount> CountByMonth(IReadOnlyList<Post> posts) =>
        [.. posts.GroupBy(p => p.Date.Day.Year).OrderByDescending(g => g.Key)
            .Select(year => new YearCount(year.Key, year.Count(),
                [.. year.GroupBy(p => p.Date.Day.Month).OrderByDescending(m => m.Key).Select(m => new MonthCount(m.Key, m.Count()))]))];

    private static int[] Rank(IReadOnlyList<Post> posts)
    {
        var order = Enumerable.Range(0, posts.Count)
            .OrderBy(i => posts[i].Title, StringComparer.OrdinalIgnoreCase).ThenBy(i => posts[i].Slug, StringComparer.Ordinal).ToArray();
        var rank = new int[posts.Count];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        return rank;
    }

    private string ComputeVersion()
    {
        var text = new StringBuilder();
        foreach (var post in Posts)
        {
            // The emotions as served, not as written: a change to emotions.yml changes what is shown.
            text.Append(post.Slug).Append('\0').Append(post.ContentHash).Append('\0').AppendJoin(',', post.Emotions).Append('\n');
        }

        foreach (var emotion in Vocabulary.Emotions)
        {
            text.Append(emotion.Name).Append('<').Append(emotion.Parent).Append('=').AppendJoin(',', emotion.Aliases)
                .Append(':').Append(emotion.Description).Append('\n');
        }

        foreach (var diagnostic in Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
