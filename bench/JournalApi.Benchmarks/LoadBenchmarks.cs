using BenchmarkDotNet.Attributes;
using JournalApi.Content;
using JournalApi.Content.Files;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Loading;

namespace JournalApi.Benchmarks;

/// <summary>The whole engine over 1,000 generated entries: load a folder into a snapshot, and index loaded entries.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private readonly LoadOptions options = new();
    private string folder = "";
    private ContentLoader loader = null!;
    private EntryLoader entries = null!;
    private IReadOnlyList<ContentFile> files = [];
    private EntryResult[] loaded = [];

    [GlobalSetup]
    public void Setup()
    {
        folder = Corpus.Ensure(1000);
        loader = new ContentLoader(options, TimeProvider.System);
        entries = new EntryLoader(options);
        files = ContentFileFinder.Find(folder).Files;
        loaded = [.. files.Select(entries.Load)];
    }

    /// <summary>What start-up does: find, read, parse, validate and render every file in parallel, then index.</summary>
    [Benchmark(Baseline = true)]
    public ContentSnapshot Load() => JournalEngine.Load(folder, options);

    /// <summary>The same work on one thread, to see what the parallel loop gains on this machine.</summary>
    [Benchmark]
    public ContentSnapshot LoadSequential() => loader.Build(files.Select(entries.Load).ToList(), []);

    /// <summary>Slug assignment, visibility and every index, from entries already loaded.</summary>
    [Benchmark]
    public ContentSnapshot BuildSnapshot() => loader.Build(loaded, []);
}
