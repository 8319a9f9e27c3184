using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace JournalApi.Content.Tests.Support;

/// <summary>
/// Runs the benchmark's corpus generator, <c>gen-corpus.py</c>, which lives in <c>shared/bench</c> beside the repository
/// (JOURNALAPI_CORPUS_GEN names another copy, as for the benchmarks). A missing generator or python3 fails the test that
/// asked, with a message that says what to install or where to put it.
/// </summary>
internal static class CorpusGenerator
{
    public const string GeneratorVariable = "JOURNALAPI_CORPUS_GEN";

    /// <summary>Writes <paramref name="count"/> generated entries into <paramref name="target"/>.</summary>
    public static void Generate(int count, string target)
    {
        var generator = Find();
        var start = new ProcessStartInfo("python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(generator);
        start.ArgumentList.Add(count.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(target);
        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)) || process.ExitCode != 0)
            {
                throw new InvalidOperationException($"The corpus generator {generator} failed: {errors.Result}");
            }
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"python3 is needed to run the corpus generator {generator}.", e);
        }
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable(GeneratorVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new InvalidOperationException($"{GeneratorVariable} names {configured}, which does not exist.");
        }

        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "JournalApi.sln")))
        {
            repository = repository.Parent;
        }

        if (repository is null)
        {
            throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds JournalApi.sln, so ../shared/bench/gen-corpus.py cannot be found.");
        }

        var generator = Path.GetFullPath(Path.Combine(repository.FullName, "..", "shared", "bench", "gen-corpus.py"));
        return File.Exists(generator)
            ? generator
            : throw new InvalidOperationException(
                $"The corpus generator is missing: expected {generator} beside the repository (or set {GeneratorVariable} to its path).");
    }
}
