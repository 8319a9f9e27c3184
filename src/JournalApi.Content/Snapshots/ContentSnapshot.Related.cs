using JournalApi.Content.Model;

namespace JournalApi.Content.Snapshots;

public sealed partial class ContentSnapshot
{
    /// <summary>What text similarity (0 to 1) weighs against shared values; one shared tag weighs at least ln 2.</summary>
    public const double TextSimilarityWeight = 1.0;

    /// <summary>
    /// A shared emotion weighs this much more than a shared tag of the same rarity: emotions say what an entry is about
    /// (two entries about grief), tags more often where it is filed (two entries under midlife).
    /// </summary>
    public const double EmotionWeight = 1.5;

    /// <summary>
    /// The posts most like <paramref name="post"/>, best first: each shared tag adds ln(1 + posts / posts carrying it), so
    /// rarer shared values weigh more, each shared emotion <see cref="EmotionWeight"/> times that, and text similarity adds
    /// up to <see cref="TextSimilarityWeight"/>.
    /// Never the post itself; scores are rounded to four decimals and equal scores keep date order (newest first).
    /// </summary>
    public IReadOnlyList<RelatedPost> Related(Post post, int limit)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var self = positionBySlug[post.Slug];
        var scores = Array.ConvertAll(SearchIndex.Similarity(post), s => s * TextSimilarityWeight);
        AddShared(post.Tags, byTag, 1.0, scores);
        AddShared(post.Emotions, byEmotion, EmotionWeight, scores);
        scores[self] = 0;

        return [.. Enumerable.Range(0, Posts.Count)
            .Select(i => (Position: i, Score: Math.Round(scores[i], 4)))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Position)
            .Take(limit)
            .Select(c => new RelatedPost(Posts[c.Position], c.Score,
                [.. post.Tags.Intersect(Posts[c.Position].Tags, StringComparer.Ordinal)],
                [.. post.Emotions.Intersect(Posts[c.Position].Emotions, StringComparer.Ordinal)]))];
    }

    private void AddShared(IEnumerable<string> values, IReadOnlyDictionary<string, int[]> postings, double weight, double[] scores)
    {
        foreach (var value in values)
        {
            var carriers = postings.GetValueOrDefault(value, []);
            var rarity = weight * Math.Log(1 + (Posts.Count / (double)Math.Max(1, carriers.Length)));
            foreach (var i in carriers)
            {
                scores[i] += rarity;
            }
        }
    }
}
