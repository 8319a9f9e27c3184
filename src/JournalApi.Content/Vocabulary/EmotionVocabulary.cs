using System.Collections.Frozen;

namespace JournalApi.Content.Vocabulary;

/// <summary>
/// The known emotions, their aliases and their hierarchy. <see cref="Open"/> (no <c>emotions.yml</c>) knows
/// nothing and accepts every emotion as written.
/// </summary>
public sealed class EmotionVocabulary
{
    public static readonly EmotionVocabulary Open = new([]);

    private readonly FrozenDictionary<string, Emotion> byName;
    private readonly FrozenDictionary<string, string> canonical;
    private readonly FrozenDictionary<string, string[]> children;

    public EmotionVocabulary(IReadOnlyList<Emotion> emotions)
    {
        Emotions = emotions;
        byName = emotions.ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);
        canonical = emotions.SelectMany(e => e.Aliases.Select(a => KeyValuePair.Create(a, e.Name)).Append(KeyValuePair.Create(e.Name, e.Name)))
            .ToFrozenDictionary(StringComparer.Ordinal);
        children = emotions.Where(e => e.Parent is not null).GroupBy(e => e.Parent!)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Name).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Whether an <c>emotions.yml</c> declared anything; an open vocabulary accepts every emotion.</summary>
    public bool IsDeclared => Emotions.Count > 0;

    public IReadOnlyList<Emotion> Emotions { get; }

    public Emotion? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>The declared name for a name or an alias; the term itself when the vocabulary is open or does not know it.</summary>
    public string Canonical(string term) => canonical.GetValueOrDefault(term, term);

    public bool Knows(string term) => !IsDeclared || canonical.ContainsKey(term);

    public IReadOnlyList<string> ChildrenOf(string name) => children.GetValueOrDefault(name, []);

    /// <summary>The emotion and everything below it.</summary>
    public IReadOnlyList<string> WithDescendants(string name)
    {
        var all = new List<string> { name };
        for (var i = 0; i < all.Count; i++)
        {
            all.AddRange(ChildrenOf(all[i]));
        }

        return all;
    }

    /// <summary>The known name or alias nearest to <paramref name="term"/> by edit distance, for "did you mean".</summary>
    public string? Nearest(string term) => EditDistance.Nearest(term, canonical.Keys);
}
