using System.Globalization;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Snapshots;

namespace JournalApi.Benchmarks;

/// <summary>
/// What each entry costs in memory, as a server keeps it: the managed heap after a full collection, with N and then 2N
/// generated entries loaded, at each step a server takes. The difference between the two sizes, divided by N, is the
/// cost of one entry without the fixed cost of the process and the libraries.
/// </summary>
public static class EntryMemory
{
    private static readonly string[] Parts =
    [
        "loaded: posts (HTML and plain text as UTF-8), the library's file states, the snapshot's look-ups",
        "+ the search index (built on the first search)",
        "+ the query structures built on first use (facets, emotions with descendants, title order)",
    ];

    public static int Run(string[] args)
    {
        var entries = args.FirstOrDefault(a => !a.StartsWith('-')) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 5_000;
        var small = Measure(Corpus.Ensure(entries));
        var large = Measure(Corpus.Ensure(2 * entries));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"managed heap after a full collection, {entries} and {2 * entries} entries (bench/JournalApi.Corpus, seed 42)"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| what is held | {entries} entries | {2 * entries} entries | per entry |"));
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        for (var i = 0; i < Parts.Length; i++)
        {
            var added = i == 0 ? (small[0], large[0]) : (small[i] - small[i - 1], large[i] - large[i - 1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Parts[i]} | {Megabytes(added.Item1)} | {Megabytes(added.Item2)} | {PerEntry(added.Item2 - added.Item1, entries)} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| all of it | {Megabytes(small[^1])} | {Megabytes(large[^1])} | {PerEntry(large[^1] - small[^1], entries)} |"));
        Console.WriteLine();
        var posts = new ContentLibrary(Path.GetFullPath(Corpus.Ensure(2 * entries)), new LoadOptions(), TimeProvider.System).Refresh().Public.Posts;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"of what a post holds, on average over {posts.Count} entries: HTML {Average(posts, p => p.HtmlUtf8.Length)}, " +
            $"plain text {Average(posts, p => p.PlainTextUtf8.Length)}, excerpt {Average(posts, p => 2 * p.Excerpt.Length)} (UTF-16)"));
        return 0;
    }

    /// <summary>The heap held, over the empty process, after each step: loaded, indexed, queried.</summary>
    private static long[] Measure(string folder)
    {
        var before = Heap();
        var library = new ContentLibrary(Path.GetFullPath(folder), new LoadOptions(), TimeProvider.System);
        var snapshot = library.Refresh().Public;
        var loaded = Heap() - before;
        _ = snapshot.SearchIndex;
        var indexed = Heap() - before;
        var emotion = snapshot.Emotions[0].Name;
        _ = snapshot.Query(new PostQuery { Emotions = [emotion], EmotionMatch = MatchMode.All, WithFacets = true });
        _ = snapshot.Query(new PostQuery { Sort = PostSort.TitleAscending });
        var queried = Heap() - before;
        GC.KeepAlive(library);
        GC.KeepAlive(snapshot);
        return [loaded, indexed, queried];
    }

    private static string Average(IReadOnlyList<Post> posts, Func<Post, int> size) =>
        string.Create(CultureInfo.InvariantCulture, $"{posts.Average(size) / 1024:F1} KB");

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MB");

    private static string PerEntry(long bytes, int entries) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)entries / 1024:F1} KB");
}
