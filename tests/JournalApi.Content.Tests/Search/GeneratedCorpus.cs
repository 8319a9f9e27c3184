using JournalApi.Content.Indexing;
using JournalApi.Content.Search;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Search;

/// <summary>
/// 300 entries made by the benchmark's generator (<c>../shared/bench/gen-corpus.py</c> beside the repository), loaded
/// like any journal and indexed once for the test class. A missing generator or python3 fails every test that uses it.
/// </summary>
public sealed class GeneratedCorpus : IDisposable
{
    public const int Size = 300;

    private readonly TempContentFolder folder = new();

    public GeneratedCorpus()
    {
        CorpusGenerator.Generate(Size, folder.Root);
        Snapshot = Journal.Load(folder.Root);
        Index = SearchIndex.Build(Snapshot.Posts);
    }

    public ContentSnapshot Snapshot { get; }

    public SearchIndex Index { get; }

    public void Dispose() => folder.Dispose();
}
