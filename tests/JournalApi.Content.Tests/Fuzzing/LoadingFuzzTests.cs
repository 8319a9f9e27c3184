using System.Diagnostics;
using System.Text;
using JournalApi.Content.Files;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;
using Xunit.Abstractions;

namespace JournalApi.Content.Tests.Fuzzing;

/// <summary>
/// The whole loading path under generated hostile input (<see cref="EntryFuzzer"/>), seeded and bounded: loading never
/// faults (no exception reaches a file's boundary, JA0030), never takes over 2 s for one file, and each file is either
/// served or has an error. Every input that once failed here is a fixture under <c>Fixtures/fuzz/</c>.
/// </summary>
public sealed class LoadingFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan OneFileLimit = TimeSpan.FromSeconds(2);
    private static readonly string[] SeedFixtures = ["valid", "journal", "live", "fuzz"];
    private readonly FuzzSettings settings = FuzzSettings.FromEnvironment();

    [Fact]
    public void MutatedEntriesAreServedOrDiagnosedAndNeverFault()
    {
        var fuzzer = new EntryFuzzer(Seeds());
        var loader = new EntryLoader(new LoadOptions());
        Run("entries", index =>
        {
            var text = fuzzer.Entry(settings.Seed, index);
            return (Encoding.UTF8.GetBytes(text), () => loader.LoadText(File(index), text));
        });
    }

    [Fact]
    public void MutatedBytesAreServedOrDiagnosedAndNeverFault()
    {
        var fuzzer = new EntryFuzzer(Seeds());
        var loader = new EntryLoader(new LoadOptions());
        Run("bytes", index =>
        {
            var bytes = fuzzer.Bytes(settings.Seed, index);
            return (bytes, () =>
            {
                var (text, problem) = FileReader.Decode(File(index), bytes, LoadOptions.DefaultMaxFileBytes);
                return text is null ? new EntryResult(File(index).RelativePath, null, [problem!]) : loader.LoadText(File(index), text);
            });
        });
    }

    [Fact]
    public void AFolderOfMutatedEntriesIsIndexedWithEveryFileServedOrDiagnosed()
    {
        var fuzzer = new EntryFuzzer(Seeds());
        var clock = Stopwatch.StartNew();
        var (batches, failures) = (0, new List<string>());
        for (var batch = 0; settings.Duration is { } d ? clock.Elapsed < d / 4 : batch < 1; batch++)
        {
            using var folder = new TempContentFolder();
            var names = Enumerable.Range(0, 30).Select(i => $"batch-{i:D2}.md").ToList();
            for (var i = 0; i < names.Count; i++)
            {
                folder.Write(names[i], fuzzer.Entry(settings.Seed + 1, (batch * names.Count) + i));
            }

            var snapshots = new ContentLibrary(folder.Root, new LoadOptions(), Journal.Clock()).Refresh();
            _ = snapshots.Preview.SearchIndex;
            foreach (var name in names)
            {
                var served = snapshots.Preview.Posts.Any(p => p.SourcePath == name);
                var errors = snapshots.Preview.Diagnostics.Where(d => d.Path == name && d.IsError).ToList();
                if (served == (errors.Count > 0) || errors.Any(e => e.Code == DiagnosticCodes.LoadFault))
                {
                    failures.Add($"batch {batch} {name}: served {served}, {string.Join("; ", errors)}");
                    Keep($"folder-{batch}-{name}", System.IO.File.ReadAllBytes(folder.PathOf(name)));
                }
            }

            batches++;
        }

        Report("folders", batches * 30, failures);
    }

    private void Run(string kind, Func<int, (byte[] Input, Func<EntryResult> Load)> make)
    {
        // The first loads compile the renderer and the YAML parser: not what the 2 s bound is about.
        for (var warm = 0; warm < 20; warm++)
        {
            _ = make(-1 - warm).Load();
        }

        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var tried = 0;
        for (var index = 0; settings.Continues(index, clock); index++)
        {
            var (input, load) = make(index);
            var started = Stopwatch.GetTimestamp();
            var result = load();
            var took = Stopwatch.GetElapsedTime(started);
            tried++;
            var problem = Problem(result, took);
            if (problem is not null)
            {
                failures.Add($"{kind} #{index} (seed {settings.Seed}): {problem}");
                Keep($"{kind}-{settings.Seed}-{index}", input);
            }
        }

        Report(kind, tried, failures);
    }

    private static string? Problem(EntryResult result, TimeSpan took)
    {
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        if (result.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.LoadFault) is { } fault)
        {
            return "an exception reached the file's boundary: " + fault.Message;
        }

        if (result.Post is not null == errors.Count > 0)
        {
            return $"served {result.Post is not null} with {errors.Count} error(s)";
        }

        return took > OneFileLimit ? $"took {took.TotalSeconds:0.0} s" : null;
    }

    private void Report(string kind, int tried, List<string> failures)
    {
        var line = $"fuzz {kind}: seed {settings.Seed}, {tried} inputs tried, {failures.Count} failure(s)";
        output.WriteLine(line);
        if (settings.Output is { } folder)
        {
            Directory.CreateDirectory(folder);
            System.IO.File.AppendAllLines(Path.Combine(folder, "summary.txt"), [line, .. failures.Take(50)]);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private void Keep(string name, byte[] input)
    {
        if (settings.Output is { } folder)
        {
            Directory.CreateDirectory(folder);
            System.IO.File.WriteAllBytes(Path.Combine(folder, name + ".md"), input);
        }
    }

    /// <summary>The valid fixtures, every fixture that the fuzzer once broke, and any folder the long mode names.</summary>
    private List<string> Seeds()
    {
        var folders = SeedFixtures.Select(Fixtures.PathOf).Concat(settings.Folders);
        return [.. folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(System.IO.File.ReadAllText)];
    }

    private static ContentFile File(int index) => new($"/fuzz/entry-{index}.md", $"entry-{index}.md", 0, DateTime.UnixEpoch);
}
