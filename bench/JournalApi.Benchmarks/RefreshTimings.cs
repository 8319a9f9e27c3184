using System.Diagnostics;
using System.Globalization;
using JournalApi.Content.Files;
using JournalApi.Content.Loading;
using JournalApi.Content.Search;

namespace JournalApi.Benchmarks;

/// <summary>
/// What one edited file costs a server that follows the folder: a copy of the corpus is loaded once, then one file at a
/// time is rewritten and refreshed as the watcher reports it (its path named), K times. Beside each edit's refresh it times
/// what else a refresh may cost: listing the folder (what a refresh without named paths does first), building the
/// snapshots from what is loaded (a rebuild reading nothing, which takes over the unchanged parts of the last one), publishing
/// them, and building the search index that follows in the background (from the last one, as the server does, and whole).
/// </summary>
public static class RefreshTimings
{
    public static int Run(string[] args)
    {
        var entries = args.FirstOrDefault(a => !a.StartsWith('-')) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
        var edits = args.SkipWhile(a => a != "--edits").Skip(1).FirstOrDefault() is { } k ? int.Parse(k, CultureInfo.InvariantCulture) : 20;
        var source = Corpus.Ensure(entries);
        var folder = Path.Combine(Path.GetTempPath(), $"journalapi-refresh-{Environment.ProcessId}");
        Copy(source, folder);
        try
        {
            return Measure(folder, entries, edits);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Measure(string folder, int entries, int edits)
    {
        var library = new ContentLibrary(folder, new LoadOptions(), TimeProvider.System);
        var store = new ContentStore();
        var clock = Stopwatch.StartNew();
        var first = library.Refresh();
        store.Publish(first);
        _ = first.Public.SearchIndex;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"refresh over {entries} entries in a copy of the corpus: first load and index {clock.ElapsedMilliseconds} ms, {first.Public.Posts.Count} posts"));
        Console.WriteLine("| edit | one-file refresh ms | files re-read | publish ms | list folder ms | rebuild, nothing read ms | search index from the last one ms | search index built whole ms |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");

        var files = ContentFileFinder.Find(folder).Files;
        var step = Math.Max(1, files.Count / Math.Max(1, edits));
        var refreshes = new List<double>();
        var indexes = new List<double>();
        var fulls = new List<double>();
        for (var e = 0; e < edits; e++)
        {
            var file = files[(e * step) % files.Count];
            File.AppendAllText(file.FullPath, $"\nEdited {e}: a sentence the benchmark adds.\n");
            var refresh = Time(() => library.Refresh([file.RelativePath]), out var snapshots);
            var read = library.LastReadCount;
            var publish = Time(() => store.Publish(snapshots));
            var list = Time(() => ContentFileFinder.Scan(folder), out _);
            var rebuild = Time(library.Rebuild, out var rebuilt);
            var index = Time(() => rebuilt.Public.SearchIndex, out _);
            var full = Time(() => SearchIndex.Build(rebuilt.Public.Posts), out _);
            refreshes.Add(refresh);
            indexes.Add(index);
            fulls.Add(full);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {e + 1} | {refresh:F1} | {read} | {publish:F1} | {list:F1} | {rebuild:F1} | {index:F1} | {full:F1} |"));
        }

        refreshes.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one-file refresh: median {refreshes[refreshes.Count / 2]:F1} ms, fastest {refreshes[0]:F1} ms, slowest {refreshes[^1]:F1} ms (the first edits pay JIT)"));
        indexes.Sort();
        fulls.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search index after an edit: median {indexes[indexes.Count / 2]:F1} ms from the last one, {fulls[fulls.Count / 2]:F1} ms built whole"));
        return 0;
    }

    private static double Time(Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Time<T>(Func<T> work, out T result)
    {
        var clock = Stopwatch.StartNew();
        result = work();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static void Copy(string from, string to)
    {
        foreach (var path in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }
    }
}
