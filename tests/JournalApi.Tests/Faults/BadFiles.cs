namespace JournalApi.Tests.Faults;

/// <summary>Entries of each kind that once stopped the whole API, written here so that each test can drop them into a folder.</summary>
internal static class BadFiles
{
    /// <summary>Relative path, text, and the code of the diagnostic it must give.</summary>
    public static readonly (string Path, string Text, string Code)[] All =
    [
        ("end-of-time.md", Entry("date: 9999-12-31T23:59:59-14:00", "A date at the edge of the calendar."), "JA0112"),
        ("quotes.md", Entry("date: 2025-04-04", new string('>', 200) + " the bottom"), "JA0040"),
        ("lists.md", Entry("date: 2025-04-04", string.Join("\n", Enumerable.Range(0, 100).Select(i => new string(' ', i * 2) + "- level"))), "JA0040"),
        ("emphasis.md", Entry("date: 2025-04-04", string.Concat(Enumerable.Repeat("*a _b ", 70)) + "x" + string.Concat(Enumerable.Repeat(" b_ a*", 70))), "JA0040"),
        ("brackets.md", Entry("date: 2025-04-04", new string('[', 30000) + "x" + new string(']', 30000)), "JA0040"),
    ];

    public static string Valid(string title, string date = "2025-05-01") => $"---\ntitle: {title}\ndate: {date}\n---\n\nA good entry.\n";

    private static string Entry(string date, string body) => $"---\ntitle: Hostile but plausible\n{date}\n---\n\n{body}\n";
}
