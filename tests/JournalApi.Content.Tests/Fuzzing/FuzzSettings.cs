namespace JournalApi.Content.Tests.Fuzzing;

/// <summary>
/// How long and from what the fuzz properties run. In <c>dotnet test</c>: a fixed number of inputs from a fixed seed, a few
/// seconds. <c>bench/fuzz.sh --minutes N</c> sets the environment to run the same properties for minutes, from more
/// seed entries, and to keep every failing input as a file to turn into a fixture.
/// </summary>
internal sealed record FuzzSettings(int Seed, TimeSpan? Duration, int Inputs, IReadOnlyList<string> Folders, string? Output)
{
    public static FuzzSettings FromEnvironment()
    {
        var seconds = double.TryParse(Environment.GetEnvironmentVariable("JOURNALAPI_FUZZ_SECONDS"), System.Globalization.CultureInfo.InvariantCulture,
            out var s) && s > 0 ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("JOURNALAPI_FUZZ_SEED"), out var n) ? n : 20261203;
        var folders = (Environment.GetEnvironmentVariable("JOURNALAPI_FUZZ_FOLDERS") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        return new FuzzSettings(seed, seconds, 250, folders, Environment.GetEnvironmentVariable("JOURNALAPI_FUZZ_OUT") is { Length: > 0 } o ? o : null);
    }

    /// <summary>Whether input number <paramref name="index"/> is still to be tried.</summary>
    public bool Continues(int index, System.Diagnostics.Stopwatch clock) => Duration is { } d ? clock.Elapsed < d : index < Inputs;
}
