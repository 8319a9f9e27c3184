using JournalApi.Content.Files;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Model;

namespace JournalApi.Content.Loading;

/// <summary>
/// The load of <see cref="JournalEngine"/> with its options and clock fixed, and its two halves apart (read every entry,
/// then index them) for the benchmarks. A server that follows the folder keeps a <see cref="ContentLibrary"/> instead.
/// </summary>
public sealed class ContentLoader(LoadOptions options, TimeProvider clock)
{
    public ContentSnapshot Load(string root) => JournalEngine.Load(root, options, clock);

    /// <summary>Loads every entry file, without indexing: the first half of <see cref="Load"/>, for the benchmarks.</summary>
    public (IReadOnlyList<EntryResult> Results, IReadOnlyList<Diagnostic> Diagnostics) LoadEntries(string root)
    {
        var (files, diagnostics) = ContentFileFinder.Find(root);
        var entries = new EntryLoader(options);
        var results = new EntryResult[files.Count];
        Parallel.For(0, files.Count, i => results[i] = entries.Load(files[i]));
        return (results, diagnostics);
    }

    /// <summary>Indexes already loaded entries: the second half of <see cref="Load"/>.</summary>
    public ContentSnapshot Build(IEnumerable<EntryResult> results, IEnumerable<Diagnostic> otherDiagnostics)
    {
        var loaded = results.ToList();
        return SnapshotBuilder.Build(loaded.Where(r => r.Post is not null).Select(r => r.Post!),
            loaded.SelectMany(r => r.Diagnostics).Concat(otherDiagnostics), options.Previews, clock.GetUtcNow()).Public;
    }
}
