namespace JournalApi.Tests.Posts;

/// <summary>
/// The fixture journal and five more entries written for search, started once for a test class: one says "reached" and
/// "connected", one "connection"; two say "lantern" (one in its title, the newer only in its body); one has "door" and
/// "open" apart; one quotes <c>&lt;script&gt;</c> in a code span and an escaped tag next to the word "marmalade".
/// </summary>
public sealed class SearchJournal : IAsyncLifetime
{
    public const string HandAcrossTheTable = "a-hand-across-the-table";
    public const string PaperLantern = "the-paper-lantern";
    public const string WalkAfterDark = "a-walk-after-dark";
    public const string GreenShed = "the-green-shed";
    public const string BrokenForm = "a-form-that-broke";

    public JournalApiFactory Factory { get; } = new JournalApiFactory()
        .WithFile("2025-05-05-a-hand-across-the-table.md", Entry("A Hand Across the Table", "2025-05-05", "[family]", "[tenderness]",
            "At dinner I reached across the table for my brother's hand. We felt connected again after a long winter of short phone calls."))
        .WithFile("2025-06-10-the-paper-lantern.md", Entry("The Paper Lantern", "2025-06-10", "[family, craft]", "[joy]",
            "We folded it from baking paper around a tea light. Folding it with my niece felt like a small connection across thirty years."))
        .WithFile("2025-06-20-a-walk-after-dark.md", Entry("A Walk After Dark", "2025-06-20", "[walking]", "[calm]",
            "Down by the harbour someone had hung a lantern on the railing, swinging in the wind."))
        .WithFile("2025-06-01-the-green-shed.md", Entry("The Green Shed", "2025-06-01", "[home]", "[calm]",
            "The door was painted green years ago. Inside, the window stood open and swallows came and went."))
        .WithFile("2025-06-05-a-form-that-broke.md", Entry("A Form That Broke", "2025-06-05", "[work]", "[curiosity]",
            "I typed `<script>alert('x')</script>` into the marmalade order form, then \\<img src=x onerror=alert(1)\\> for good measure. Nothing ran."));

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await Factory.CreateReadyClientAsync();

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    private static string Entry(string title, string date, string tags, string emotions, string body) =>
        $"---\ntitle: \"{title}\"\ndate: {date}\ntags: {tags}\nemotions: {emotions}\n---\n\n{body}\n";
}
