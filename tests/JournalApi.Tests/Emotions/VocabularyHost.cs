namespace JournalApi.Tests.Emotions;

/// <summary>
/// The fixture journal with its vocabulary (<c>_extras/emotions.yml</c>: grief and longing under sadness, sorrow for grief)
/// and one more entry whose emotion is misspelt ('sorow'), started once for a test class.
/// </summary>
public sealed class VocabularyHost : IAsyncLifetime
{
    public const string MisspeltFeeling = "a-misspelt-feeling";

    public JournalApiFactory Factory { get; } = new JournalApiFactory().WithVocabulary().WithExtra(JournalExtras.MisspeltFeeling);

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await Factory.CreateReadyClientAsync();

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
