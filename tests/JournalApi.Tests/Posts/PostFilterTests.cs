using System.Net;

namespace JournalApi.Tests.Posts;

/// <summary><c>GET /api/posts</c> filters: tag, emotion, their match modes, from/to, year/month; hidden entries stay hidden.</summary>
public sealed class PostFilterTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    private const string Pain = FixtureJournal.PainOfReachingOut;

    [Theory]
    [InlineData("?emotion=grief")]
    [InlineData("?tag=connection&tag=midlife")]
    [InlineData("?tag=connection,midlife")]
    [InlineData("?from=2025-07-01&to=2025-07-31")]
    [InlineData("?year=2025&month=7")]
    [InlineData("?tag=connection,joy&tagMatch=any")]
    [InlineData("?emotion=grief&tag=connection&year=2025")]
    public async Task ThePainOfReachingOutIsFoundBy(string query)
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Contains(Pain, await client.GetSlugsAsync(query));
    }

    [Theory]
    [InlineData("?tag=connection,joy")]
    [InlineData("?tag=connection&tag=joy")]
    [InlineData("?emotion=grief,joy")]
    [InlineData("?year=2025&month=8")]
    [InlineData("?year=2024")]
    [InlineData("?from=2025-07-10")]
    [InlineData("?to=2025-07-08")]
    public async Task ThePainOfReachingOutIsLeftOutBy(string query)
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.DoesNotContain(Pain, await client.GetSlugsAsync(query));
    }

    [Fact]
    public async Task AnEmotionFindsEveryPostThatCarriesItNewestFirst()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(
            FixtureJournal.Only("leaves-on-the-window", Pain, "the-year-turns", "a-letter-written-in-the-heatwave"),
            await client.GetSlugsAsync("?emotion=grief"));
    }

    [Theory]
    [InlineData("?tag=connection&tag=midlife")]
    [InlineData("?tag=connection,midlife")]
    [InlineData("?tag=connection, midlife")]
    [InlineData("?tag=connection,midlife&tagMatch=all")]
    [InlineData("?tag=Connection&tag=MIDLIFE")]
    public async Task SeveralTagsMustAllBeCarriedByDefault(string query)
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal([Pain], await client.GetSlugsAsync(query));
    }

    [Theory]
    [InlineData("?tag=connection,joy&tagMatch=any")]
    [InlineData("?tag=connection&tag=joy&tagMatch=any")]
    public async Task TagMatchAnyFindsPostsWithAnyOfTheTags(string query)
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(FixtureJournal.Only("leaves-on-the-window", "end-of-july", Pain, "two-coffees"), await client.GetSlugsAsync(query));
    }

    [Fact]
    public async Task TagsNotAllCarriedByThePostLeaveItOut()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(["end-of-july"], await client.GetSlugsAsync("?tag=connection,joy"));
    }

    [Theory]
    [InlineData("?emotion=grief,longing")]
    [InlineData("?emotion=grief&emotion=longing")]
    [InlineData("?emotion=GRIEF&emotion=Longing&emotionMatch=all")]
    public async Task SeveralEmotionsMustAllBeCarriedByDefault(string query)
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal([Pain], await client.GetSlugsAsync(query));
    }

    [Theory]
    [InlineData("?emotion=grief,longing&emotionMatch=any")]
    [InlineData("?emotion=grief&emotion=longing&emotionMatch=any")]
    public async Task EmotionMatchAnyFindsPostsWithAnyOfTheEmotions(string query)
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(
            FixtureJournal.Only("leaves-on-the-window", Pain, "two-coffees", "the-year-turns", "a-letter-written-in-the-heatwave"),
            await client.GetSlugsAsync(query));
    }

    [Theory]
    [InlineData("?tag=Connection")]
    [InlineData("?tag=CONNECTION")]
    [InlineData("?tag=connection")]
    public async Task TagValuesAreMatchedWhateverTheirCase(string query)
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(FixtureJournal.Only("leaves-on-the-window", "end-of-july", Pain, "two-coffees"), await client.GetSlugsAsync(query));
    }

    [Fact]
    public async Task EmotionValuesAreMatchedWhateverTheirCase()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(await client.GetSlugsAsync("?emotion=grief"), await client.GetSlugsAsync("?emotion=Grief"));
    }

    [Fact]
    public async Task FromAndToIncludeTheirOwnDays()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(["end-of-july", Pain, "start-of-july"], await client.GetSlugsAsync("?from=2025-07-01&to=2025-07-31"));
        Assert.Equal([Pain], await client.GetSlugsAsync("?from=2025-07-02&to=2025-07-30"));
        Assert.Equal([Pain], await client.GetSlugsAsync("?from=2025-07-09&to=2025-07-09"));
    }

    [Fact]
    public async Task FromAloneAndToAloneAreOpenEnded()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(["leaves-on-the-window", "a-valentine-to-myself", "ordinary-august-walk", "end-of-july"],
            await client.GetSlugsAsync("?from=2025-07-31"));
        Assert.Equal(["a-letter-written-in-the-heatwave", "learning-the-cello"], await client.GetSlugsAsync("?to=2023-08-02"));
    }

    [Fact]
    public async Task YearAndMonthFindThatMonthOnly()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(["end-of-july", Pain, "start-of-july"], await client.GetSlugsAsync("?year=2025&month=7"));
        Assert.Equal(["end-of-july", Pain, "start-of-july"], await client.GetSlugsAsync("?year=2025&month=07"));
    }

    [Fact]
    public async Task YearAloneFindsTheWholeYear()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(["ordinary-august-walk", "end-of-july", Pain, "start-of-july"], await client.GetSlugsAsync("?year=2025"));
        Assert.Equal(["two-coffees", "the-year-turns"], await client.GetSlugsAsync("?year=2024"));
    }

    [Fact]
    public async Task YearNarrowsFromAndTo()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(["ordinary-august-walk", "end-of-july"], await client.GetSlugsAsync("?year=2025&from=2025-07-20"));
    }

    [Fact]
    public async Task AFilterThatMatchesNothingAnswersAnEmptyPage()
    {
        using var client = await factory.CreateReadyClientAsync();

        var page = await client.GetJsonAsync("/api/posts?tag=no-such-tag");

        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.Equal(0, page.GetProperty("totalItems").GetInt32());
    }

    [Theory]
    [InlineData("?colour=blue", "colour")]
    [InlineData("?utm_source=newsletter&debug=true", "utm_source", "debug")]
    public async Task UnknownParametersAnswer400NamingEachOne(string query, params string[] unknown)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts" + query, UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, System.Net.HttpStatusCode.BadRequest, unknown);
    }

    [Fact]
    public async Task DraftsAndFutureDatedEntriesAreNotListed()
    {
        using var client = await factory.CreateReadyClientAsync();

        var all = await client.GetSlugsAsync("?pageSize=100");

        Assert.Equal(FixtureJournal.NewestFirst, all);
        Assert.DoesNotContain(FixtureJournal.Draft, all);
        Assert.DoesNotContain(FixtureJournal.FutureDated, all);
        Assert.DoesNotContain(FixtureJournal.Unpublished, all);
        Assert.Empty(await client.GetSlugsAsync("?tag=secret"));
        Assert.Empty(await client.GetSlugsAsync("?tag=future-only"));
    }

    [Theory]
    [InlineData(FixtureJournal.Draft)]
    [InlineData(FixtureJournal.FutureDated)]
    [InlineData(FixtureJournal.Unpublished)]
    public async Task AHiddenEntryAnswers404ByItsSlug(string slug)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts/" + slug, UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AFutureDatedEntryIsServedOnceTheClockPassesItsDate()
    {
        using var later = new JournalApiFactory();
        later.Clock.Advance(TimeSpan.FromDays(30));
        using var client = await later.CreateReadyClientAsync();

        var all = await client.GetSlugsAsync("?pageSize=100");

        Assert.Equal(FixtureJournal.FutureDated, all[0]);
        Assert.DoesNotContain(FixtureJournal.Draft, all);
    }
}
