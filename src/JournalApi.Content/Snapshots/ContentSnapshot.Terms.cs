using JournalApi.Content.Vocabulary;

namespace JournalApi.Content.Snapshots;

/// <summary>Which tags and emotions the snapshot knows, and the nearest known one to a name it does not.</summary>
public sealed partial class ContentSnapshot
{
    /// <summary>Whether a visible post carries the tag.</summary>
    public bool KnowsTag(string tag) => byTag.ContainsKey(tag);

    /// <summary>The known tag nearest to <paramref name="tag"/>, or null.</summary>
    public string? NearestTag(string tag) => EditDistance.Nearest(tag, byTag.Keys);

    /// <summary>Whether a visible post carries the emotion, or emotions.yml declares it (by name or alias).</summary>
    public bool KnowsEmotion(string emotion) =>
        byEmotion.ContainsKey(Vocabulary.Canonical(emotion)) || (Vocabulary.IsDeclared && Vocabulary.Knows(emotion));

    /// <summary>The known emotion (a carried one, or a declared name or alias) nearest to <paramref name="emotion"/>, or null.</summary>
    public string? NearestEmotion(string emotion) =>
        EditDistance.Nearest(emotion, Vocabulary.Nearest(emotion) is { } declared ? byEmotion.Keys.Append(declared) : byEmotion.Keys);
}
