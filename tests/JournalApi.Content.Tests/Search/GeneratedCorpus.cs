using System.ComponentModel;
using System.Diagnostics;
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
        Generate(Size, folder.Root);
        Snapshot = Journal.Load(folder.Root);
        Index = SearchIndex.Build(Snapshot.Posts);
    }

    public ContentSnapshot Snapshot { get; }

    public SearchIndex Index { get; }

    public void Dispose() => folder.Dispose();

    private static void Generate(int count, string target)
    {
        var generator = FindGenerator();
        var start = new ProcessStartInfo("python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(generator);
        start.ArgumentList.Add(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(target);
        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)) || process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{generator} failed: {errors.Result}");
            }
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"python3 is needed to run {generator}, the corpus generator these tests use.", e);
        }
    }

    /// <summary>The generator sits in <c>shared/bench</c> beside the repository, on developers' machines and on CI.</summary>
    private static string FindGenerator()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "JournalApi.sln")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            throw new InvalidOperationException($"No JournalApi.sln above {AppContext.BaseDirectory}: cannot find ../shared/bench/gen-corpus.py.");
        }

        var generator = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "bench", "gen-corpus.py"));
        return File.Exists(generator)
            ? generator
            : throw new InvalidOperationException($"The corpus generator is missing: expected {generator} beside the repository.");
    }
}
