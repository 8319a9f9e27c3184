using JournalApi.Content.Snapshots;
using JournalApi.Content.Search;
using JournalApi.Content.Tests.Support;
using JournalApi.Corpus;

namespace JournalApi.Content.Tests.Search;

/// <summary>
/// 400 entries made by the benchmarks' generator (<c>bench/JournalApi.Corpus</c>, seed 42), loaded like any journal once
/// per test class (search, facets, timeline).
/// </summary>
public sealed class GeneratedCorpus : IDisposable
{
    public const int Size = 400;

    private readonly TempContentFolder folder = new();

    public GeneratedCorpus()
    {
        CorpusGenerator.Write(folder.Root, Size);
        Snapshot = Journal.Load(folder.Root);
    }

    public ContentSnapshot Snapshot { get; }

    /// <summary>The snapshot's own index.</summary>
    public SearchIndex Index => Snapshot.SearchIndex;

    public void Dispose() => folder.Dispose();
}
