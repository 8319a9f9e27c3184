using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Validation;

public sealed class DateTests
{
    [Fact]
    public void DayThatIsNotOnTheCalendarIsAnError()
    {
        var load = Journal.LoadBesideCompanion("fields/impossible-date.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.DateNotOnCalendar, DiagnosticSeverity.Error, field: "date", line: 3);
        Assert.Contains("2025-02-30", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateInWordsIsAnErrorWithAnExample()
    {
        var load = Journal.LoadBesideCompanion("fields/vague-date.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.DateFormat, DiagnosticSeverity.Error, field: "date", line: 3);
        Assert.Contains("yesterday", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("2025-07-09", diagnostic.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void DateComesFromTheJekyllFileNameWhenThereIsNoDateKey()
    {
        var load = Journal.LoadBesideCompanion("fields/2025-08-14-dated-by-its-name.md");

        Assert.Empty(load.Diagnostics);
        Assert.Equal(new DateOnly(2025, 8, 14), load.Post!.Date.Day);
        Assert.False(load.Post.Date.HasTime);
        Assert.Equal("dated-by-its-name", load.Post.Slug);
        load.AssertCompanionLoaded();
    }

    [Fact]
    public void DateComesFromAFileNameWithoutLeadingZeros()
    {
        var post = Journal.LoadPost("fields/2025-7-9-without-leading-zeros.md");

        Assert.Equal(new DateOnly(2025, 7, 9), post.Date.Day);
        Assert.Equal("2025-07-09", post.Date.ToString());
        Assert.Equal("without-leading-zeros", post.Slug);
    }

    [Fact]
    public void IsoDateTimeWithOffsetKeepsTheMomentAndTheDayWritten()
    {
        var post = Journal.LoadPost("fields/date-time-with-offset.md");

        Assert.Equal(new DateOnly(2025, 7, 9), post.Date.Day);
        Assert.True(post.Date.HasTime);
        Assert.Equal(new DateTimeOffset(2025, 7, 9, 8, 0, 0, TimeSpan.Zero), post.Date.Moment);
        Assert.Equal("2025-07-09T10:00:00+02:00", post.Date.ToString());
    }

    [Fact]
    public void JekyllDateTimeWithOffsetReadsTheSameMoment()
    {
        var iso = Journal.LoadPost("fields/date-time-with-offset.md");
        var jekyll = Journal.LoadPost("fields/jekyll-date-time.md");

        Assert.Equal(iso.Date, jekyll.Date);
        Assert.Equal("2025-07-09T10:00:00+02:00", jekyll.Date.ToString());
    }

    [Fact]
    public void BareDateIsMidnightInTheContentTimeZone()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test+3", TimeSpan.FromHours(3), "Test+3", "Test+3");

        var post = Journal.LoadPost("valid/2025-03-02-a-steady-companion.md", new() { TimeZone = zone });

        Assert.Equal(new DateOnly(2025, 3, 2), post.Date.Day);
        Assert.Equal(new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.FromHours(3)), post.Date.Moment);
    }
}
