namespace JournalApi.Tests.Emotions;

/// <summary>An emotions.yml that cannot be trusted stops start-up: every query by emotion would otherwise answer wrongly.</summary>
public sealed class VocabularyStartUpTests
{
    [Fact]
    public async Task AVocabularyWithACycleKeepsTheHostFromBecomingReady()
    {
        using var factory = new JournalApiFactory().WithVocabulary(JournalExtras.VocabularyWithACycle);
        try
        {
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(factory.CreateReadyClientAsync);

            Assert.Contains("2 error(s)", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            // The service sets the exit code the process should end with; here the process is the test run, which goes on.
            Environment.ExitCode = 0;
        }
    }

    [Fact]
    public async Task AVocabularyThatIsNotYamlKeepsTheHostFromBecomingReady()
    {
        using var factory = new JournalApiFactory().WithVocabulary(JournalExtras.VocabularyNotYaml);
        try
        {
            await Assert.ThrowsAsync<InvalidOperationException>(factory.CreateReadyClientAsync);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    [Fact]
    public async Task AValidVocabularyLetsTheHostBecomeReady()
    {
        using var factory = new JournalApiFactory().WithVocabulary();

        using var client = await factory.CreateReadyClientAsync();
        var ready = await client.GetJsonAsync("/health/ready");

        Assert.Equal(FixtureJournal.NewestFirst.Length, ready.GetProperty("posts").GetInt32());
    }
}
