namespace JournalApi.Content.Tests.Support;

/// <summary>The sample entries under <c>Fixtures/</c>, copied beside the test assembly.</summary>
internal static class Fixtures
{
    /// <summary>A valid entry loaded beside each broken one, to show that a bad file never stops the others.</summary>
    public const string Companion = "valid/2025-03-02-a-steady-companion.md";

    public const string CompanionSlug = "a-steady-companion";

    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string fixture) => Path.Combine(Root, fixture.Replace('/', Path.DirectorySeparatorChar));

    public static string Text(string fixture) => File.ReadAllText(PathOf(fixture));
}
