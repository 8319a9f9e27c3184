namespace JournalApi.Tests;

/// <summary>
/// Files that some tests add to the fixture journal before the host starts: a vocabulary, or one more entry. They are kept
/// in <c>Journal/_extras</c>, which every copy of the journal carries and the loader ignores (its name starts with '_'),
/// so only the tests that write one in by name see it.
/// </summary>
internal static class JournalExtras
{
    public const string Vocabulary = "emotions.yml";
    public const string VocabularyWithACycle = "emotions-with-a-cycle.yml";
    public const string VocabularyNotYaml = "emotions-not-yaml.yml";
    public const string MisspeltFeeling = "2025-09-14-a-misspelt-feeling.md";
    public const string AYearAgoToday = "2024-11-26-a-year-ago-today.md";
    public const string ThisVeryMorning = "2026-11-26-this-very-morning.md";

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Journal", "_extras", name));

    /// <summary>Writes an extra file into the journal, under <paramref name="asPath"/> or its own name.</summary>
    public static JournalApiFactory WithExtra(this JournalApiFactory factory, string name, string? asPath = null) =>
        factory.WithFile(asPath ?? name, Text(name));

    /// <summary>Writes a vocabulary in as the journal's <c>emotions.yml</c>.</summary>
    public static JournalApiFactory WithVocabulary(this JournalApiFactory factory, string name = Vocabulary) =>
        factory.WithExtra(name, asPath: "emotions.yml");
}
