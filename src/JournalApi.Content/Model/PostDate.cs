using System.Globalization;

namespace JournalApi.Content.Model;

/// <summary>
/// A date as the writer wrote it: a calendar day, optionally with a time and an offset.
/// The calendar day is the one written, never shifted by a time zone.
/// </summary>
/// <param name="Day">The calendar day written.</param>
/// <param name="Moment">The instant it stands for (midnight in the content time zone for a bare date).</param>
/// <param name="HasTime">Whether a time of day was written.</param>
public readonly record struct PostDate(DateOnly Day, DateTimeOffset Moment, bool HasTime) : IComparable<PostDate>
{
    public int CompareTo(PostDate other) => Moment.CompareTo(other.Moment) is var c and not 0 ? c : Day.CompareTo(other.Day);

    /// <summary>ISO 8601: <c>2025-07-09</c>, or <c>2025-07-09T10:00:00+02:00</c> when a time was written.</summary>
    public override string ToString() => HasTime
        ? Moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool operator <(PostDate left, PostDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PostDate left, PostDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PostDate left, PostDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PostDate left, PostDate right) => left.CompareTo(right) >= 0;
}
