using System.Diagnostics;
using System.Globalization;
using JournalApi.Content.Loading;
using JournalApi.Content.Search;
using JournalApi.Content.Snapshots;

namespace JournalApi.Benchmarks;

/// <summary>
/// Searches per second through the engine calls <c>GET /api/posts?q=</c> makes (parse, then the snapshot's query with
/// relevance order, snippets for the page and facets), on one thread over a generated corpus, with the queries of
/// <c>bench/tools/make-queries.py</c>; and the same run split by stage, to see where a query's time goes.
/// </summary>
public static class SearchThroughput
{
    // As many as run-bench.sh writes (so both share the file), of which the first 20,000 are asked.
    private const int FileQueries = 80_000;
    private const int QueryCount = 20_000;

    public static int Run(string[] args)
    {
        var numbers = args.Where(a => !a.StartsWith('-')).ToArray();
        var entries = numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 10_000;
        var rounds = numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 3;
        var folder = Corpus.Ensure(entries);
        var queries = Queries(folder);
        var snapshot = new ContentLibrary(Path.GetFullPath(folder), new LoadOptions(), TimeProvider.System).Refresh().Public;
        var index = snapshot.SearchIndex;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entries} entries, {queries.Length} queries, {rounds} rounds; index {index.SizeInBytes / 1048576.0:F1} MB"));

        // The first round warms the JIT (tiered compilation) and is not reported.
        Whole(snapshot, queries);
        var perQuery = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (collections, paused) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
            var (seconds, bytes, matched) = Whole(snapshot, queries);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            (collections, paused) = (GC.CollectionCount(0) - collections, GC.GetTotalPauseDuration() - paused);
            perQuery.Add(cpu.TotalMicroseconds / queries.Length);
            // On a busy machine the process's CPU time (the collector's threads included) is steadier than the wall clock.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"whole query: {queries.Length / seconds,6:F0} queries/s, {seconds * 1e6 / queries.Length,6:F1} us wall, {cpu.TotalMicroseconds / queries.Length,6:F1} us CPU " +
                $"and {bytes / queries.Length / 1024.0,6:F1} KB a query, {matched / queries.Length} matches on average; " +
                $"{collections} collections pausing {paused.TotalMilliseconds:F0} ms"));
        }

        // Other processes on the machine only ever add to a round's CPU time: the best round is the steadiest figure.
        perQuery.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU a query over {rounds} rounds: best {perQuery[0]:F1} us ({1e6 / perQuery[0]:F0} queries/s), median {perQuery[perQuery.Count / 2]:F1} us"));
        Stages(snapshot, queries);
        return 0;
    }

    private static (double Seconds, long Bytes, long Matched) Whole(ContentSnapshot snapshot, string[] queries)
    {
        var index = snapshot.SearchIndex;
        long matched = 0;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        foreach (var text in queries)
        {
            var parsed = index.Parse(text);
            var page = snapshot.Query(new PostQuery { Search = parsed, Sort = PostSort.Relevance, WithFacets = true });
            matched += page.TotalItems;
        }

        return (clock.Elapsed.TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - bytes, matched);
    }

    /// <summary>Each stage over every query on its own: parse, search, rank the first page, snippets, facets.</summary>
    private static void Stages(ContentSnapshot snapshot, string[] queries)
    {
        var index = snapshot.SearchIndex;
        var parsed = queries.Select(index.Parse).ToArray();
        var results = parsed.Select(index.Search).ToArray();
        var pages = parsed.Select(p => snapshot.Query(new PostQuery { Search = p, Sort = PostSort.Relevance }).Items).ToArray();
        Time("parse", queries.Length, () => { foreach (var q in queries) { _ = index.Parse(q); } });
        Time("search (matches and scores)", queries.Length, () => { foreach (var p in parsed) { _ = index.Search(p); } });
        Time("top 20 by relevance", queries.Length, () => { foreach (var r in results) { _ = r.Top(20); } });
        Time("snippets for 20 posts", queries.Length, () =>
        {
            for (var i = 0; i < parsed.Length; i++)
            {
                foreach (var post in pages[i])
                {
                    _ = index.Highlight(post, parsed[i]);
                }
            }
        });
        Time("facets of every match", queries.Length, () =>
        {
            foreach (var r in results)
            {
                _ = snapshot.Query(new PostQuery { Sort = PostSort.DateDescending, WithFacets = true, PageSize = 1, Search = r.Query });
            }
        });
    }

    private static void Time(string stage, int count, Action run)
    {
        run();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        run();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {stage,-30} {cpu.TotalMicroseconds / count,7:F1} us CPU and {(GC.GetAllocatedBytesForCurrentThread() - bytes) / count / 1024.0,6:F1} KB a query"));
    }

    /// <summary>
    /// The first <see cref="QueryCount"/> of the queries run-bench.sh sends, from the same file it caches beside the corpus
    /// (made by make-queries.py when missing), as plain text.
    /// </summary>
    private static string[] Queries(string folder)
    {
        var file = Path.Combine(Path.GetDirectoryName(folder)!, $"queries-{Path.GetFileName(folder)}-{FileQueries}.txt");
        if (!File.Exists(file))
        {
            var script = Path.Combine(Corpus.RepositoryRoot(), "bench", "tools", "make-queries.py");
            using var python = Process.Start("python3", [script, folder, FileQueries.ToString(CultureInfo.InvariantCulture), file]);
            python.WaitForExit();
        }

        return [.. File.ReadLines(file).Take(QueryCount).Select(line => Uri.UnescapeDataString(line[(line.IndexOf("q=", StringComparison.Ordinal) + 2)..]))];
    }
}
