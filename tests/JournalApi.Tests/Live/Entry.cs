namespace JournalApi.Tests.Live;

/// <summary>
/// Entry text for the live tests. It is written inline rather than kept as fixture files because each test edits it:
/// the text before and after the edit is the point of the test.
/// </summary>
internal static class Entry
{
    /// <summary>A valid entry. With a file name that has no date, the slug is the file name and the date is <paramref name="date"/>.</summary>
    public static string Valid(string title, string date = "2025-07-09", string body = "A morning walk by the river.", string? extraFrontMatter = null) =>
        $"""
        ---
        title: "{title}"
        date: {date}
        tags: [walking]
        {extraFrontMatter}
        ---

        {body}

        """;

    /// <summary>An entry whose date is not on the calendar: error JA0112 on line 3, so the file is not served.</summary>
    public static string Broken(string title) =>
        $"""
        ---
        title: "{title}"
        date: 2025-02-30
        tags: [walking]
        ---

        A date the calendar never had.

        """;
}
