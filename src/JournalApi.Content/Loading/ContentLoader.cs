using JournalApi.Content.Files;
using JournalApi.Content.Indexing;
using JournalApi.Content.Model;

namespace JournalApi.Content.Loading;

/// <summary>
/// A content folder in, a snapshot out: find the files, load each one (in parallel), resolve slugs,
/// hide drafts and scheduled entries, and index what remains.
/// </summary>
public sealed class ContentLoader(LoadOptions options, TimeProvider clock)
{
    private readonly EntryLoader entries = new(options);

    public ContentSnapshot Load(string root)
    {
        var (files, findDiagnostics) = ContentFileFinder.Find(root);
        var results = new EntryResult[files.Count];
        Parallel.For(0, files.Count, i => results[i] = entries.Load(files[i]));
        return Build(results, findDiagnostics);
    }

    /// <summary>Indexes already loaded entries (the order does not matter: everything is sorted).</summary>
    public ContentSnapshot Build(IEnumerable<EntryResult> results, IEnumerable<Diagnostic> otherDiagnostics)
    {
        var loaded = results.ToList();
        var (posts, slugDiagnostics) = SlugAssigner.Assign(loaded.Where(r => r.Post is not null).Select(r => r.Post!));
        var now = clock.GetUtcNow();
        var visible = posts.Where(p => options.Previews || (!p.IsDraft && p.Date.Moment <= now));
        var diagnostics = loaded.SelectMany(r => r.Diagnostics).Concat(slugDiagnostics).Concat(otherDiagnostics);
        return new ContentSnapshot(visible, diagnostics, now);
    }
}
