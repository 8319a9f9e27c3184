using JournalApi.Content.Snapshots;
using JournalApi.Content.Loading;

namespace JournalApi.Content;

/// <summary>
/// The engine's front door: a content folder in, a snapshot out. Tools, benchmarks and the validate verb start here;
/// README.md beside this file says which stages run in between. A server that follows a folder as it changes keeps a
/// <see cref="ContentLibrary"/> instead, which re-reads only the files that changed.
/// </summary>
public static class JournalEngine
{
    /// <summary>
    /// Reads, checks, renders and indexes every entry of <paramref name="folder"/>. The snapshot holds what readers
    /// see (drafts and entries dated later than <paramref name="clock"/>'s now are hidden unless
    /// <see cref="LoadOptions.Previews"/> is on) and the diagnostics of every file. It never throws for what is in the folder.
    /// </summary>
    public static ContentSnapshot Load(string folder, LoadOptions? options = null, TimeProvider? clock = null) =>
        Open(folder, options, clock).Refresh().Public;

    /// <summary>
    /// Checks every entry of <paramref name="folder"/> as a writer's CI wants it: drafts and scheduled entries are
    /// included, so their problems are reported too. The answer is in the snapshot's diagnostics and counts.
    /// </summary>
    public static ContentSnapshot Validate(string folder, LoadOptions? options = null, TimeProvider? clock = null) =>
        Open(folder, (options ?? new LoadOptions()) with { Previews = true }, clock).Refresh().Preview;

    private static ContentLibrary Open(string folder, LoadOptions? options, TimeProvider? clock) =>
        new(Path.GetFullPath(folder), options ?? new LoadOptions(), clock ?? TimeProvider.System);
}
