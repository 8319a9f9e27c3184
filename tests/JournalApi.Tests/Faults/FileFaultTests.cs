using System.Net;
using JournalApi.Content.Loading;
using JournalApi.Tests.Live;

namespace JournalApi.Tests.Faults;

/// <summary>
/// A file that once stopped the whole API, at start-up or saved while it runs, now gets a diagnostic while every valid
/// entry is served and the process stays up and ready; a stage made to throw for one file (a test double) is contained
/// the same way.
/// </summary>
public sealed class FileFaultTests
{
    [Fact]
    public async Task AtStartUpEveryValidEntryIsServedAndEachBadFileDiagnosed()
    {
        await using var journal = await LiveJournal.StartAsync(f =>
        {
            f.WithFile("first-light.md", BadFiles.Valid("First Light")).WithFile("second-light.md", BadFiles.Valid("Second Light"));
            foreach (var (path, text, _) in BadFiles.All)
            {
                f.WithFile(path, text);
            }
        });

        await AssertServedAndDiagnosedAsync(journal.Client);
    }

    [Fact]
    public async Task OnALiveEditEveryValidEntryStaysServedAndEachBadFileIsDiagnosed()
    {
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithFile("first-light.md", BadFiles.Valid("First Light")).WithFile("second-light.md", BadFiles.Valid("Second Light")));

        foreach (var (path, text, _) in BadFiles.All)
        {
            journal.Write(path, text);
        }

        await journal.WaitUntilAsync("a diagnostic for each bad file", s => BadFiles.All.All(b => s.Diagnostics.Any(d => d.Path == b.Path)));
        await AssertServedAndDiagnosedAsync(journal.Client);
    }

    [Fact]
    public async Task AStageThatThrowsForOneFileIsContainedAtStartUpAndOnAnEdit()
    {
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithLoading(o => o with { BeforeStage = (file, stage) => _ = file.FileName.StartsWith("cursed", StringComparison.Ordinal) && stage == LoadStage.Render ? throw new InvalidOperationException("injected") : 0 })
            .WithFile("first-light.md", BadFiles.Valid("First Light"))
            .WithFile("cursed-at-start.md", BadFiles.Valid("Cursed at the Start")));

        journal.Write("cursed-on-edit.md", BadFiles.Valid("Cursed on an Edit"));
        await journal.WaitUntilAsync("the edited file's fault", s => s.Diagnostics.Any(d => d.Path == "cursed-on-edit.md"));

        Assert.Equal(["first-light"], await journal.Client.GetSlugsAsync(""));
        var items = (await journal.Client.GetJsonAsync("/api/diagnostics")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["cursed-at-start.md", "cursed-on-edit.md"], items.Select(i => i.GetProperty("path").GetString()));
        Assert.All(items, i => Assert.Equal("JA0030", i.GetProperty("code").GetString()));
        Assert.All(items, i => Assert.Contains("render stage", i.GetProperty("message").GetString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await journal.Client.GetAsync("/health/ready")).StatusCode);
    }

    private static async Task AssertServedAndDiagnosedAsync(HttpClient client)
    {
        Assert.Equal(["first-light", "second-light"], (await client.GetSlugsAsync("")).Order(StringComparer.Ordinal));
        var items = (await client.GetJsonAsync("/api/diagnostics")).GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("path").GetString(), i.GetProperty("code").GetString(), i.GetProperty("line").ValueKind)).ToList();
        foreach (var (path, _, code) in BadFiles.All)
        {
            Assert.Contains(items, i => i.Item1 == path && i.Item2 == code && i.Item3 == System.Text.Json.JsonValueKind.Number);
        }

        var ready = await client.GetJsonAsync("/health/ready");
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal(BadFiles.All.Length, ready.GetProperty("errors").GetInt32());
    }
}
