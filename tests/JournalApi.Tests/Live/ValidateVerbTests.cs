using System.Text.Json;
using JournalApi.Tests.Packaging;

namespace JournalApi.Tests.Live;

/// <summary>
/// <c>JournalApi validate</c>, run as a writer's CI runs it: a child process over a folder, judged by its exit code
/// (0 clean, 1 errors or warnings with --strict, 2 bad usage) and by compiler-style output.
/// </summary>
public sealed class ValidateVerbTests : IDisposable
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(60);

    private readonly string folder = Directory.CreateTempSubdirectory("journalapi-validate-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task ACleanFolderExitsZero()
    {
        Write("first-light.md", Entry.Valid("First Light"));

        var run = await ValidateAsync("--content", folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 entries valid, 0 error(s), 0 warning(s).", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRepositorysContentFolderExitsZero()
    {
        var run = await ValidateAsync("--content", Path.Combine(RepositoryRoot(), "content"));

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        Assert.Contains(" 0 error(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderWithABadFileExitsOneAndPrintsPathLineAndColumn()
    {
        Write("first-light.md", Entry.Valid("First Light"));
        Write("2025/bad-date.md", Entry.Broken("Bad Date"));

        var run = await ValidateAsync("--content", folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"(?m)^2025/bad-date\.md:3:\d+: error JA0112: \S", run.Output);
        Assert.Contains("1 entries valid, 1 error(s), 0 warning(s).", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASettingServingReadsOnTheCommandLineIsReadByValidateToo()
    {
        Write("first-light.md", Entry.Valid("First Light"));

        var run = await ValidateAsync("--content", folder, "--Content:MaxFileBytes", "10");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"(?m)^first-light\.md:.* error JA0001: ", run.Output);
    }

    [Fact]
    public async Task ASettingServingReadsFromTheEnvironmentIsReadByValidateToo()
    {
        Write("first-light.md", Entry.Valid("First Light"));

        var run = await ValidateAsync(new Dictionary<string, string> { ["Content__MaxFileBytes"] = "10" }, "--content", folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error JA0001: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongSettingExitsTwoWithOneLineNamingTheKeyAndWhatIsAccepted()
    {
        Write("first-light.md", Entry.Valid("First Light"));

        var run = await ValidateAsync("--content", folder, "--Content:RawHtml", "bogus");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("validate: Content:RawHtml is 'bogus'; use one of omit, sanitize.", line);
    }

    [Fact]
    public async Task JsonFormatPrintsTheCountsAndTheItems()
    {
        Write("first-light.md", Entry.Valid("First Light"));
        Write("bad-date.md", Entry.Broken("Bad Date"));

        var run = await ValidateAsync("--content", folder, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("counts").GetProperty("errors").GetInt32());
        Assert.Equal(0, root.GetProperty("counts").GetProperty("warnings").GetInt32());
        var item = Assert.Single(root.GetProperty("items").EnumerateArray());
        Assert.Equal("bad-date.md", item.GetProperty("path").GetString());
        Assert.Equal(3, item.GetProperty("line").GetInt32());
        Assert.Equal("error", item.GetProperty("severity").GetString());
        Assert.Equal("JA0112", item.GetProperty("code").GetString());
    }

    [Fact]
    public async Task StrictTurnsAWarningIntoExitOne()
    {
        Write("untitled.md", "---\ndate: 2025-07-09\n---\n\nNo title: the slug gives one, with a warning.\n");

        var lenient = await ValidateAsync("--content", folder);
        var strict = await ValidateAsync("--content", folder, "--strict");

        Assert.Equal(0, lenient.ExitCode);
        // A missing title has no line to point at, so the whole file is named, as compilers do.
        Assert.Matches(@"(?m)^untitled\.md(:\d+:\d+)?: warning JA0101: \S", lenient.Output);
        Assert.Equal(1, strict.ExitCode);
    }

    [Theory]
    [InlineData("--verbose")]
    [InlineData("--format", "xml")]
    [InlineData("--content")]
    [InlineData("extra-operand")]
    public async Task BadUsageExitsTwoWithTheUsage(params string[] arguments)
    {
        var run = await ValidateAsync(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage:", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingFolderExitsTwoNamingIt()
    {
        var missing = Path.Combine(folder, "not-here");

        var run = await ValidateAsync("--content", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(missing, run.Errors, StringComparison.Ordinal);
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Runs <c>dotnet JournalApi.dll validate ARGS</c>; the dll sits beside the test assembly.</summary>
    private static Task<(int ExitCode, string Output, string Errors)> ValidateAsync(params string[] arguments) =>
        ValidateAsync(new Dictionary<string, string>(), arguments);

    private static Task<(int ExitCode, string Output, string Errors)> ValidateAsync(Dictionary<string, string> environment, params string[] arguments) =>
        ProgramProcess.RunAsync(Path.GetTempPath(), ProcessTimeout, environment, ["validate", .. arguments]);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JournalApi.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No JournalApi.sln above {AppContext.BaseDirectory}.");
    }
}
