using JournalApi.Corpus;

namespace JournalApi.Benchmarks;

/// <summary>
/// The generated journal the benchmarks read: made once by the repository's generator (<c>bench/JournalApi.Corpus</c>,
/// seed 42), then cached in <c>bench/.out/corpus-N-seed42</c> (the same folder <c>run-bench.sh</c> fills), so every
/// run reads the same bytes.
/// </summary>
public static class Corpus
{
    /// <summary>Overrides where corpora are cached (default <c>bench/.out</c> in the repository).</summary>
    public const string CacheVariable = "JOURNALAPI_BENCH_OUT";

    /// <summary>The folder holding <paramref name="entries"/> generated entries, generating it on first use.</summary>
    public static string Ensure(int entries)
    {
        var root = RepositoryRoot();
        var cache = Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(root, "bench", ".out");
        var folder = Path.Combine(cache, $"corpus-{entries}-seed{CorpusGenerator.DefaultSeed}");
        if (Directory.Exists(folder))
        {
            return folder;
        }

        // Generated beside the final name and renamed, so an interrupted run never leaves half a corpus behind.
        Directory.CreateDirectory(cache);
        var partial = $"{folder}.tmp-{Environment.ProcessId}";
        var bytes = CorpusGenerator.Write(partial, entries);
        Directory.Move(partial, folder);
        Console.Error.WriteLine($"wrote {entries} entries ({bytes} bytes) to {folder}");
        return folder;
    }

    /// <summary>The folder that holds <c>JournalApi.sln</c>, found upwards from the binary (BenchmarkDotNet runs it from deep under bin/).</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "JournalApi.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("JournalApi.sln was not found above the benchmark binary or the current folder.");
    }
}
