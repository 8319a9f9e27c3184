using JournalApi.Content.Indexing;
using JournalApi.Content.Search;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Search;

/// <summary>
/// 400 entries made by the benchmark's generator (<c>../shared/bench/gen-corpus.py</c> beside the repository), loaded
/// like any journal once per test class (search, facets, timeline). A missing generator or python3 fails every test that uses it.
/// </summary>
public sealed class GeneratedCorpus : IDisposable
{
    public const int Size = 400;

    private readonly TempContentFolder folder = new();

    public GeneratedCorpus()
    {
        CorpusGenerator.Generate(Size, folder.Root);
        Snapshot = Journal.Load(folder.Root);
    }

    public ContentSnapshot Snapshot { get; }

    /// <summary>The snapshot's own index.</summary>
    public SearchIndex Index => Snapshot.SearchIndex;

    public void Dispose() => folder.Dispose();
}
