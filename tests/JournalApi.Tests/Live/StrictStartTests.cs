namespace JournalApi.Tests.Live;

/// <summary><c>Content:Strict</c> (for a writer's CI) refuses to serve a folder with any error, and serves a clean one.</summary>
public sealed class StrictStartTests
{
    [Fact]
    public async Task WithABrokenFileTheHostNeverBecomesReadyAndStops()
    {
        using var factory = JournalApiFactory.OverEmptyFolder()
            .WithSetting("Content:Strict", "true")
            .WithFile("first-light.md", Entry.Valid("First Light"))
            .WithFile("never-right.md", Entry.Broken("Never Right"));
        try
        {
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(factory.CreateReadyClientAsync);

            Assert.Contains("1 error(s)", failure.Message, StringComparison.Ordinal);
            await factory.Stopping.WaitAsync(LiveJournal.Patience);
        }
        finally
        {
            // The service sets the exit code the process should end with; here the process is the test run, which goes on.
            Environment.ExitCode = 0;
        }
    }

    [Fact]
    public async Task WithACleanFolderTheHostStartsAndIsReady()
    {
        using var factory = JournalApiFactory.OverEmptyFolder()
            .WithSetting("Content:Strict", "true")
            .WithFile("first-light.md", Entry.Valid("First Light"));

        using var client = await factory.CreateReadyClientAsync();
        var ready = await client.GetJsonAsync("/health/ready");

        Assert.Equal(1, ready.GetProperty("posts").GetInt32());
        Assert.Equal(0, ready.GetProperty("errors").GetInt32());
        Assert.False(factory.Stopping.IsCompleted);
    }

    [Fact]
    public async Task AWarningDoesNotStopAStrictHost()
    {
        using var factory = JournalApiFactory.OverEmptyFolder()
            .WithSetting("Content:Strict", "true")
            .WithFile("untitled.md", "---\ndate: 2025-07-09\n---\n\nNo title: the slug gives one, with a warning.\n");

        using var client = await factory.CreateReadyClientAsync();
        var ready = await client.GetJsonAsync("/health/ready");

        Assert.Equal(1, ready.GetProperty("posts").GetInt32());
        Assert.Equal(1, ready.GetProperty("warnings").GetInt32());
    }
}
