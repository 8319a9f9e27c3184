namespace JournalApi.Content.Model;

/// <summary>Which calendar day a date written with an explicit offset falls on.</summary>
public enum DateDay
{
    /// <summary>The day the writer wrote (2025-07-09T23:30:00-05:00 is the 9th): a journal is about the writer's day.</summary>
    Writer,

    /// <summary>The day of that instant in the content time zone, as Jekyll does (the same date in UTC is the 10th).</summary>
    Site,
}
