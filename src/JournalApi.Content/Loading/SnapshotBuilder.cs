using JournalApi.Content.Search;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Model;
using JournalApi.Content.Vocabulary;

namespace JournalApi.Content.Loading;

/// <summary>Loaded posts in, snapshots out: resolve emotions and slugs, hide drafts and scheduled entries, index.</summary>
public static class SnapshotBuilder
{
    /// <param name="served">The posts to serve, drafts and scheduled entries included.</param>
    /// <param name="diagnostics">The diagnostics of every file.</param>
    /// <param name="previews">Whether everyone sees drafts and scheduled entries (Content:Previews).</param>
    /// <param name="now">The moment that decides which entries are scheduled for later.</param>
    /// <param name="vocabulary">The emotion vocabulary, when emotions.yml declares one.</param>
    /// <param name="hiddenPaths">Files known to be drafts although they serve no post (an error kept them out): their diagnostics are not public.</param>
    /// <param name="keptIndex">The public snapshot's search index as a snapshot file kept it (see <see cref="ContentSnapshot"/>).</param>
    /// <param name="previous">The public snapshot these replace, whose unchanged parts the new public one may take over.</param>
    public static ContentSnapshots Build(IEnumerable<Post> served, IEnumerable<Diagnostic> diagnostics, bool previews, DateTimeOffset now,
        EmotionVocabulary? vocabulary = null, IEnumerable<string>? hiddenPaths = null, Func<IReadOnlyList<Post>, SearchIndex?>? keptIndex = null,
        ContentSnapshot? previous = null)
    {
        vocabulary ??= EmotionVocabulary.Open;
        var emotionDiagnostics = new List<Diagnostic>();
        var resolved = new List<Post>();
        foreach (var post in served)
        {
            try
            {
                resolved.Add(ResolveEmotions(post, vocabulary, emotionDiagnostics));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                emotionDiagnostics.Add(LoadFaults.Contained(post.SourcePath, "", LoadStage.Index, e));
            }
        }

        bool IsPublic(Post p) => previews || (!p.IsDraft && p.Date.Moment <= now);
        var (posts, slugDiagnostics) = SlugAssigner.Assign(resolved, IsPublic);
        var everyDiagnostic = diagnostics.Concat(slugDiagnostics).Concat(emotionDiagnostics).ToList();
        var nextScheduled = posts.Where(p => !p.IsDraft && p.Date.Moment > now).Select(p => (DateTimeOffset?)p.Date.Moment).Min();
        var published = previews ? posts : posts.Where(IsPublic).ToList();
        var publicDiagnostics = previews ? everyDiagnostic : PublicOnly(everyDiagnostic, posts.Where(p => !IsPublic(p)).Select(p => p.SourcePath), hiddenPaths);
        if (published.Count == posts.Count && publicDiagnostics.Count == everyDiagnostic.Count)
        {
            var all = new ContentSnapshot(posts, everyDiagnostic, now, vocabulary, keptIndex, previous);
            return new ContentSnapshots(all, all, nextScheduled);
        }

        // Drafts or scheduled entries are hidden: the snapshot that shows them is built only if a request with the preview
        // key asks for it, since indexing every post a second time costs as much as the public snapshot. Their diagnostics
        // are hidden with them, so that nothing about them shows, or moves the public version, without the key.
        return new ContentSnapshots(new ContentSnapshot(published, publicDiagnostics, now, vocabulary, keptIndex, previous),
            () => new ContentSnapshot(posts, everyDiagnostic, now, vocabulary), nextScheduled);
    }

    private static List<Diagnostic> PublicOnly(List<Diagnostic> diagnostics, IEnumerable<string> hiddenPosts, IEnumerable<string>? hiddenPaths)
    {
        var hidden = new HashSet<string>(hiddenPosts, StringComparer.Ordinal);
        hidden.UnionWith(hiddenPaths ?? []);
        return hidden.Count == 0 ? diagnostics : [.. diagnostics.Where(d => !hidden.Contains(d.Path))];
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
