namespace JournalApi.Tests;

/// <summary>What the files in <c>Journal/</c> hold, as the API should serve them (the clock at 2026-11-26).</summary>
internal static class FixtureJournal
{
    public const string PainOfReachingOut = "the-pain-of-reaching-out";
    public const string Draft = "an-unsent-draft";
    public const string FutureDated = "christmas-eve-plans";
    public const string Unpublished = "not-for-publishing";

    /// <summary>Every visible entry, newest first. Hidden: the draft, the unpublished and the future-dated entries, and the broken file.</summary>
    public static readonly string[] NewestFirst =
    [
        "leaves-on-the-window",               // 2026-10-30
        "a-valentine-to-myself",              // 2026-02-14
        "ordinary-august-walk",               // 2025-08-01
        "end-of-july",                        // 2025-07-31
        PainOfReachingOut,                    // 2025-07-09
        "start-of-july",                      // 2025-07-01
        "two-coffees",                        // 2024-05-18
        "the-year-turns",                     // 2024-01-01
        "a-letter-written-in-the-heatwave",   // 2023-08-02
        "learning-the-cello",                 // 2023-03-14
    ];

    /// <summary>Every visible entry by title, A to Z.</summary>
    public static readonly string[] ByTitle =
    [
        "a-letter-written-in-the-heatwave",   // A Letter Written in the Heatwave
        "a-valentine-to-myself",              // A Valentine to Myself
        "end-of-july",                        // End of July, Laughing
        "learning-the-cello",                 // Learning the Cello at Forty-Five
        "leaves-on-the-window",               // Leaves on the Window
        "ordinary-august-walk",               // Ordinary August Walk
        "start-of-july",                      // Start of July
        PainOfReachingOut,                    // The Pain of Reaching Out — And Doing It Anyway
        "the-year-turns",                     // The Year Turns Without Asking
        "two-coffees",                        // Two Coffees, One Afternoon
    ];

    /// <summary>The visible entries in <c>NewestFirst</c> order that pass a filter, for expectations.</summary>
    public static string[] Only(params string[] slugs) => [.. NewestFirst.Where(slugs.Contains)];
}
