using JournalApi.Content.Snapshots;
using JournalApi.Content.Tests.Support;
using JournalApi.Content.Vocabulary;

namespace JournalApi.Content.Tests.Vocabulary;

/// <summary>The entries of <c>Fixtures/vocabulary/entries</c>, loaded under one of the vocabularies beside them.</summary>
internal static class VocabularyJournal
{
    public const string GriefUnderSadness = "vocabulary/grief-under-sadness.yml";

    public const string GreyMarch = "a-grey-march";                 // 2024-03-01, sadness
    public const string WeightOfThePhone = "the-weight-of-the-phone";  // 2025-07-09, grief and longing
    public const string SorrowByAnotherName = "sorrow-by-another-name"; // 2025-08-02, sorrow, calm and grief
    public const string MisspeltFeeling = "a-misspelt-feeling";       // 2025-09-14, sorow
    public const string OrdinaryJoy = "an-ordinary-joy";              // 2025-10-01, joy

    public const string MisspeltFeelingPath = "2025-09-14-a-misspelt-feeling.md";

    public static IReadOnlyList<string> Entries { get; } =
        [.. Directory.EnumerateFiles(Fixtures.PathOf("vocabulary/entries"), "*.md").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>Every entry, with <paramref name="vocabulary"/> copied in as <c>emotions.yml</c> (none when null).</summary>
    public static ContentSnapshot Load(string? vocabulary = GriefUnderSadness)
    {
        using var folder = new TempContentFolder();
        if (vocabulary is not null)
        {
            folder.Copy(vocabulary, VocabularyReader.FileName);
        }

        foreach (var entry in Entries)
        {
            folder.Copy($"vocabulary/entries/{entry}");
        }

        return Journal.Load(folder.Root);
    }

    public static string[] Slugs(this ContentSnapshot snapshot, PostQuery query) => [.. snapshot.Query(query).Items.Select(p => p.Slug)];
}
