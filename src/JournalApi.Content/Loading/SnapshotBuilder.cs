using JournalApi.Content.Indexing;
using JournalApi.Content.Model;

namespace JournalApi.Content.Loading;

/// <summary>Loaded posts in, snapshots out: resolve slugs, hide drafts and scheduled entries, index.</summary>
public static class SnapshotBuilder
{
    public static ContentSnapshots Build(IEnumerable<Post> served, IEnumerable<Diagnostic> diagnostics, bool previews, DateTimeOffset now)
    {
        var (posts, slugDiagnostics) = SlugAssigner.Assign(served);
        var all = diagnostics.Concat(slugDiagnostics).ToList();
        var preview = new ContentSnapshot(posts, all, now);
        var published = posts.Where(p => !p.IsDraft && p.Date.Moment <= now).ToList();
        var nextScheduled = posts.Where(p => !p.IsDraft && p.Date.Moment > now).Select(p => (DateTimeOffset?)p.Date.Moment).Min();
        var visible = previews || published.Count == posts.Count ? preview : new ContentSnapshot(published, all, now);
        return new ContentSnapshots(visible, preview, nextScheduled);
    }
}
