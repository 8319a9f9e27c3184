using JournalApi.Content.Indexing;
using JournalApi.Content.Model;
using JournalApi.Content.Vocabulary;

namespace JournalApi.Content.Loading;

/// <summary>Loaded posts in, snapshots out: resolve emotions and slugs, hide drafts and scheduled entries, index.</summary>
public static class SnapshotBuilder
{
    public static ContentSnapshots Build(IEnumerable<Post> served, IEnumerable<Diagnostic> diagnostics, bool previews, DateTimeOffset now,
        EmotionVocabulary? vocabulary = null)
    {
        vocabulary ??= EmotionVocabulary.Open;
        var emotionDiagnostics = new List<Diagnostic>();
        var resolved = served.Select(p => ResolveEmotions(p, vocabulary, emotionDiagnostics)).ToList();
        var (posts, slugDiagnostics) = SlugAssigner.Assign(resolved);
        var everyDiagnostic = diagnostics.Concat(slugDiagnostics).Concat(emotionDiagnostics).ToList();
        var nextScheduled = posts.Where(p => !p.IsDraft && p.Date.Moment > now).Select(p => (DateTimeOffset?)p.Date.Moment).Min();
        var published = previews ? null : posts.Where(p => !p.IsDraft && p.Date.Moment <= now).ToList();
        if (published is null || published.Count == posts.Count)
        {
            var all = new ContentSnapshot(posts, everyDiagnostic, now, vocabulary);
            return new ContentSnapshots(all, all, nextScheduled);
        }

        // Drafts or scheduled entries are hidden: the snapshot that shows them is built only if a request with the preview
        // key asks for it, since indexing every post a second time costs as much as the public snapshot.
        return new ContentSnapshots(new ContentSnapshot(published, everyDiagnostic, now, vocabulary),
            () => new ContentSnapshot(posts, everyDiagnostic, now, vocabulary), nextScheduled);
    }

    /// <summary>Aliases become their emotion's name; an emotion the vocabulary does not know is kept, with a warning.</summary>
    private static Post ResolveEmotions(Post post, EmotionVocabulary vocabulary, List<Diagnostic> diagnostics)
    {
        if (!vocabulary.IsDeclared || post.Emotions.IsEmpty)
        {
            return post;
        }

        foreach (var unknown in post.Emotions.Where(e => !vocabulary.Knows(e)))
        {
            var nearest = vocabulary.Nearest(unknown);
            diagnostics.Add(new Diagnostic(post.SourcePath, post.EmotionsLine, post.EmotionsLine is null ? null : 1, DiagnosticSeverity.Warning,
                DiagnosticCodes.UnknownEmotion, "emotions",
                nearest is null ? $"'{unknown}' is not an emotion declared in emotions.yml." : $"'{unknown}' is not an emotion declared in emotions.yml; did you mean '{nearest}'?",
                nearest is null ? $"Add '{unknown}' to emotions.yml." : $"Write '{nearest}', or add '{unknown}' to emotions.yml."));
        }

        var canonical = post.Emotions.Select(vocabulary.Canonical).Distinct(StringComparer.Ordinal).ToList();
        return canonical.SequenceEqual(post.Emotions) ? post : post with { Emotions = [.. canonical] };
    }
}
