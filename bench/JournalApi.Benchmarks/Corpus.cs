using System.Diagnostics;

namespace JournalApi.Benchmarks;

/// <summary>
/// The generated journal the benchmarks read: made once by the shared generator, then cached in
/// <c>bench/.out/corpus-N</c> (the same folder <c>run-bench.sh</c> fills), so every run reads the same bytes.
/// </summary>
public static class Corpus
{
    /// <summary>Overrides the generator (default <c>../shared/bench/gen-corpus.py</c> beside the repository).</summary>
    public const string GeneratorVariable = "JOURNALAPI_CORPUS_GEN";

    /// <summary>Overrides where corpora are cached (default <c>bench/.out</c> in the repository).</summary>
    public const string CacheVariable = "JOURNALAPI_BENCH_OUT";

    /// <summary>The folder holding <paramref name="entries"/> generated entries, generating it on first use.</summary>
    public static string Ensure(int entries)
    {
        var root = RepositoryRoot();
        var cache = Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(root, "bench", ".out");
        var folder = Path.Combine(cache, $"corpus-{entries}");
        if (Directory.Exists(folder))
        {
            return folder;
        }

        var generator = Environment.GetEnvironmentVariable(GeneratorVariable) is { Length: > 0 } gen
            ? Path.GetFullPath(gen, root)
            : Path.GetFullPath(Path.Combine(root, "..", "shared", "bench", "gen-corpus.py"));
        if (!File.Exists(generator))
        {
            throw new FileNotFoundException(
                $"The corpus generator was not found at '{generator}'. Set {GeneratorVariable} to the path of gen-corpus.py " +
                "(it lives in the shared bench folder beside the repository), or put a generated corpus in " +
                $"'{folder}'.", generator);
        }

        // Generated beside the final name and renamed, so an interrupted run never leaves half a corpus behind.
        Directory.CreateDirectory(cache);
        var partial = $"{folder}.tmp-{Environment.ProcessId}";
        Run("python3", generator, entries.ToString(System.Globalization.CultureInfo.InvariantCulture), partial);
        Directory.Move(partial, folder);
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

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr}");
        }

        Console.Error.WriteLine(stdout.Result.Trim());
    }
}
