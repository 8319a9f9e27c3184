using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using JournalApi.Content;
using JournalApi.Content.Files;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Loading;
using JournalApi.Content.Rendering;
using JournalApi.Content.Validation;

namespace JournalApi.Benchmarks;

/// <summary>
/// One cold pass over a corpus, stage by stage, as start-up meets it: wall time, CPU time, JIT time and bytes
/// allocated per stage. BenchmarkDotNet measures steady state and hides exactly the costs that start-up pays
/// once (JIT, tiering, first GCs), so this complements it. Run the same command under different DOTNET_ settings
/// to see what each one changes.
/// </summary>
public static class StageTimings
{
    public static int Run(string[] args)
    {
        var entries = args.FirstOrDefault(a => !a.StartsWith('-')) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
        var parallel = args.Contains("--parallel");
        var warm = args.SkipWhile(a => a != "--warm").Skip(1).FirstOrDefault() is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : 0;
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var folder = Corpus.Ensure(entries);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stages over {entries} entries in {folder} ({(parallel ? "parallel" : "one thread")}; " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC; process start to Main {sinceStart.TotalMilliseconds:F0} ms)"));
        for (var pass = 0; pass <= warm; pass++)
        {
            var loaded = Pass(folder, parallel, pass == 0 ? "cold pass" : $"warm pass {pass}");
            // What a server keeps: one loaded snapshot, everything else of the pass dropped.
            var retained = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(loaded);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"heap after full GC holding only the loaded snapshot: {retained / 1048576} MB"));
        }

        return 0;
    }

    /// <summary>One pass over every stage; the first one in a process pays JIT, later ones show the steady cost.</summary>
    private static ContentSnapshot Pass(string folder, bool parallel, string name)
    {
        Console.WriteLine();
        Console.WriteLine(name);
        Console.WriteLine("| stage | wall ms | cpu ms | jit ms | methods jitted | MB allocated | gen0/1/2 | GC pause ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |");

        var options = new LoadOptions();
        var files = Stage("find files", () => ContentFileFinder.Find(folder).Files.ToArray());
        var texts = Stage("read", () => Map(files, parallel, f => FileReader.Read(f, options.MaxFileBytes).Text!));
        var splits = Stage("split front matter", () => Map(files, parallel, (f, i) => FrontMatterSplitter.Split(f.RelativePath, texts[i]).Entry!));
        var yaml = Stage("parse YAML", () => Map(files, parallel, (f, i) => FrontMatterParser.Parse(f.RelativePath, splits[i]).Fields!));
        var validator = new EntryValidator();
        var fields = Stage("validate", () => Map(files, parallel, (f, i) =>
        {
            var entry = new EntryFields(yaml[i], EntryFileName.Parse(f.FileName), options.TimeZone);
            validator.Check(f.RelativePath, entry);
            return entry;
        }));
        var renderer = new MarkdownRenderer(options.RawHtml);
        Stage("render Markdown", () => Map(splits, parallel, s => renderer.Render(s.Body)));
        var entryLoader = new EntryLoader(options);
        var results = Stage("whole entry again (warm)", () => Map(files, parallel, (f, i) => entryLoader.LoadText(f, texts[i])));
        var loader = new ContentLoader(options, TimeProvider.System);
        var snapshot = Stage("build snapshot", () => loader.Build(results, []));
        var loaded = Stage("JournalEngine.Load (warm, parallel)", () => JournalEngine.Load(folder, options));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{snapshot.Posts.Count} posts, {snapshot.ErrorCount} errors, {snapshot.WarningCount} warnings, {fields.Length} entries validated; " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
        return loaded;
    }

    private static T[] Map<TIn, T>(IReadOnlyList<TIn> items, bool parallel, Func<TIn, T> map) => Map(items, parallel, (item, _) => map(item));

    private static T[] Map<TIn, T>(IReadOnlyList<TIn> items, bool parallel, Func<TIn, int, T> map)
    {
        var output = new T[items.Count];
        if (parallel)
        {
            Parallel.For(0, items.Count, i => output[i] = map(items[i], i));
        }
        else
        {
            for (var i = 0; i < items.Count; i++)
            {
                output[i] = map(items[i], i);
            }
        }

        return output;
    }

    private static T Stage<T>(string name, Func<T> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var jit = JitInfo.GetCompilationTime();
        var methods = JitInfo.GetCompiledMethodCount();
        var allocated = GC.GetTotalAllocatedBytes();
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {clock.Elapsed.TotalMilliseconds:F0} | {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} | " +
            $"{(JitInfo.GetCompilationTime() - jit).TotalMilliseconds:F0} | {JitInfo.GetCompiledMethodCount() - methods} | " +
            $"{(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:F0} | " +
            $"{GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3} | " +
            $"{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} |"));
        return result;
    }
}
