using JournalApi.Content.Model;
using JournalApi.Content.Search;

namespace JournalApi.Content.Snapshots;

public sealed partial class ContentSnapshot
{
    public PostPage Query(PostQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var found = query.Search is { } search ? SearchIndex.Search(search) : null;
        var matches = Match(query, found);
        var skip = (int)Math.Min(int.MaxValue, (long)(query.Page - 1) * query.PageSize);
        var take = Math.Max(0, Math.Min(query.PageSize, matches.Length - skip));
        IEnumerable<int> ordered = query.Sort switch
        {
            PostSort.DateAscending => matches.Reverse(),
            PostSort.TitleAscending => matches.OrderBy(i => titleRank.Value[i]),
            PostSort.TitleDescending => matches.OrderByDescending(i => titleRank.Value[i]),
            PostSort.Relevance when found is not null => take == 0 ? [] : BestFirst(found, matches, skip + take),
            _ => matches,
        };
        var items = take == 0 ? [] : ordered.Skip(skip).Take(take).Select(i => Posts[i]).ToList();
        return new PostPage(items, matches.Length)
        {
            Highlights = query.Search is { } parsed ? [.. items.Select(p => SearchIndex.Highlight(p, parsed))] : null,
            Facets = query.WithFacets ? Facets(matches, expandEmotions: query.EmotionMatch != MatchMode.Exact) : null,
        };
    }

    /// <summary>The post just before it (older) and just after it (newer) among the posts matching <paramref name="filters"/>
    /// (all posts when null); the post itself need not match.</summary>
    public (Post? Previous, Post? Next) Neighbours(Post post, PostQuery? filters = null)
    {
        ArgumentNullException.ThrowIfNull(post);
        var position = positionBySlug[post.Slug];
        if (filters is null)
        {
            return (position + 1 < Posts.Count ? Posts[position + 1] : null, position > 0 ? Posts[position - 1] : null);
        }

        var matches = Match(filters);
        var at = Array.BinarySearch(matches, position);
        var older = at >= 0 ? at + 1 : ~at;
        var newer = (at >= 0 ? at : ~at) - 1;
        return (older < matches.Length ? Posts[matches[older]] : null, newer >= 0 ? Posts[matches[newer]] : null);
    }

    /// <summary>Positions of the matching posts, ascending: in date order, newest first.</summary>
    private int[] Match(PostQuery query) => Match(query, query.Search is { } search ? SearchIndex.Search(search) : null);

    private int[] Match(PostQuery query, SearchResult? found)
    {
        if (found is not null && !query.HasFilters)
        {
            // The search's own array, shared rather than copied twice: neither it nor the caller ever writes to it.
            return found.MatchArray;
        }

        IEnumerable<int> candidates = found is null ? Enumerable.Range(0, Posts.Count) : found.Matches.ToArray();
        if (query.Tags.Count > 0)
        {
            candidates = Combine(candidates, [.. query.Tags.Select(t => byTag.GetValueOrDefault(t, []))], query.TagMatch);
        }

        if (query.Categories.Count > 0)
        {
            candidates = Combine(candidates, [.. query.Categories.Select(c => byCategory.GetValueOrDefault(c, []))], query.CategoryMatch);
        }

        if (query.ExcludeCategories.Count > 0)
        {
            var excluded = new HashSet<int>(query.ExcludeCategories.SelectMany(c => byCategory.GetValueOrDefault(c, [])));
            candidates = candidates.Where(i => !excluded.Contains(i));
        }

        var expand = query.EmotionMatch != MatchMode.Exact;
        if (query.Emotions.Count > 0)
        {
            candidates = Combine(candidates, [.. query.Emotions.Select(e => EmotionPostings(e, expand))], query.EmotionMatch);
        }

        if (query.ExcludeTags.Count > 0)
        {
            var excluded = new HashSet<int>(query.ExcludeTags.SelectMany(t => byTag.GetValueOrDefault(t, [])));
            candidates = candidates.Where(i => !excluded.Contains(i));
        }

        if (query.ExcludeEmotions.Count > 0)
        {
            var excluded = new HashSet<int>(query.ExcludeEmotions.SelectMany(e => EmotionPostings(e, expand)));
            candidates = candidates.Where(i => !excluded.Contains(i));
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

        return candidates.ToArray();
    }

    /// <summary>The best <paramref name="count"/> of the matches by relevance; the search's own order when no other filter removed any.</summary>
    private static int[] BestFirst(SearchResult found, int[] matches, int count)
    {
        if (matches.Length == found.Count)
        {
            return found.Top(count);
        }

        var kept = new HashSet<int>(matches);
        return found.Where(kept.Contains).Top(count);
    }

    /// <summary>Positions of the posts that carry an emotion (named or by alias), and with <paramref name="expand"/> any of its descendants.</summary>
    private int[] EmotionPostings(string emotion, bool expand)
    {
        var name = Vocabulary.Canonical(emotion);
        if (expand && byEmotionWithDescendants is { IsValueCreated: true } built)
        {
            return built.Value.GetValueOrDefault(name, []);
        }

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

    private PostFacets Facets(int[] matches, bool expandEmotions) => facetCounter.Value.Count(matches, expandEmotions);
}
