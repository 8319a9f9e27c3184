using System.Net.Http.Json;
using System.Text.Json;
using JournalApi.Tests.Live;

namespace JournalApi.Tests.Faults;

/// <summary>
/// Without the preview key nothing about a draft shows in /api/diagnostics, and a draft's diagnostics changing moves
/// neither the public version nor the change stream; with the key they are listed.
/// </summary>
public sealed class DraftDiagnosticsTests
{
    private const string PreviewKey = "a-preview-key-of-32-characters!!";
    private const string UntitledDraft = "---\ndate: 2025-05-02\ndraft: true\n---\n\nA private thought.\n";

    [Fact]
    public async Task ADraftsDiagnosticsAreListedOnlyWithThePreviewKey()
    {
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithSetting("Content:PreviewKey", PreviewKey)
            .WithFile("first-light.md", BadFiles.Valid("First Light"))
            .WithFile("my-secret-plans.md", UntitledDraft));

        var without = await journal.Client.GetStringAsync("/api/diagnostics");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/diagnostics") { Headers = { { "X-Preview-Key", PreviewKey } } };
        using var answer = await journal.Client.SendAsync(request);
        var with = await answer.Content.ReadFromJsonAsync<JsonElement>();

        Assert.DoesNotContain("my-secret-plans", without, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret Plans", without, StringComparison.Ordinal);
        Assert.Contains(with.GetProperty("items").EnumerateArray(), i => i.GetProperty("path").GetString() == "my-secret-plans.md");
    }

    [Fact]
    public async Task ADraftsDiagnosticsChangingLeavesThePublicVersionAlone()
    {
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithFile("first-light.md", BadFiles.Valid("First Light"))
            .WithFile("draft.md", UntitledDraft));
        var before = journal.Current.Version;

        journal.Write("draft.md", UntitledDraft.Replace("draft: true", "draft: true\ntags: [\"" + new string('x', 60) + "\"]", StringComparison.Ordinal));
        // The public version must not move, so there is no new public snapshot to wait on: look at the published preview.
        var deadline = DateTime.UtcNow + LiveJournal.Patience;
        while (!journal.Store.Preview!.Diagnostics.Any(d => d.Code == "JA0121"))
        {
            Assert.True(DateTime.UtcNow < deadline, "The draft's new diagnostic was never published.");
            await Task.Delay(20);
        }

        Assert.Equal(before, journal.Current.Version);
        Assert.Equal(before, (await journal.Client.GetJsonAsync("/api/changes")).GetProperty("version").GetString());
    }
}
