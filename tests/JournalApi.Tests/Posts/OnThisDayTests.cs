using System.Net;

namespace JournalApi.Tests.Posts;

/// <summary><c>GET /api/posts/on-this-day</c>: entries written on a calendar day in the years before the clock's (2026).</summary>
public sealed class OnThisDayTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    [Fact]
    public async Task AnEntryWrittenOnTheDayInAnEarlierYearIsFound()
    {
        using var client = await factory.CreateReadyClientAsync();

        var page = await client.GetJsonAsync("/api/posts/on-this-day?date=07-09");

        Assert.Equal([FixtureJournal.PainOfReachingOut], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(1, page.GetProperty("totalItems").GetInt32());
        Assert.Equal(1, page.GetProperty("totalPages").GetInt32());
    }

    [Fact]
    public async Task ADayWithoutEntriesGivesAnEmptyPage()
    {
        using var client = await factory.CreateReadyClientAsync();

        var page = await client.GetJsonAsync("/api/posts/on-this-day?date=02-29");

        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.Equal(0, page.GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task HiddenEntriesAreNotRemembered()
    {
        using var client = await factory.CreateReadyClientAsync();

        var page = await client.GetJsonAsync("/api/posts/on-this-day?date=03-03");

        Assert.Equal(0, page.GetProperty("totalItems").GetInt32());
    }

    [Theory]
    [InlineData("13-45")]
    [InlineData("7-9x")]
    [InlineData("7-09")]
    [InlineData("02-30")]
    [InlineData("2025-07-09")]
    public async Task ADateThatIsNotACalendarDayAnswers400NamingDate(string date)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri($"/api/posts/on-this-day?date={date}", UriKind.Relative));

        var problem = await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "date");
        Assert.Contains(date, problem.GetProperty("errors").GetProperty("date")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadPageIsNamedBesideABadDate()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts/on-this-day?date=13-45&page=0", UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "date", "page");
    }

    [Fact]
    public async Task WithoutADateTodayIsRememberedButNotThisYearsEntry()
    {
        using var journal = new JournalApiFactory().WithExtra(JournalExtras.AYearAgoToday).WithExtra(JournalExtras.ThisVeryMorning);
        using var client = await journal.CreateReadyClientAsync();

        var page = await client.GetJsonAsync("/api/posts/on-this-day");

        Assert.Equal(["a-year-ago-today"], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Contains("this-very-morning", await client.GetSlugsAsync(""));
    }
}
