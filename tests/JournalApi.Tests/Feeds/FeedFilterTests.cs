using System.Net;
using System.Net.Http.Headers;
using static JournalApi.Tests.Feeds.FeedReader;

namespace JournalApi.Tests.Feeds;

/// <summary>Every feed takes the filters of <c>GET /api/posts</c>, refuses bad ones as the list does, and answers conditional GETs.</summary>
public sealed class FeedFilterTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    public static TheoryData<string, string> FeedsAndFilters => new()
    {
        { Atom, "?emotion=grief" },
        { Rss, "?emotion=grief" },
        { JsonFeed, "?emotion=grief" },
        { Atom, "?tag=connection&year=2025" },
        { Rss, "?emotion=joy,calm&emotionMatch=any&from=2025-07-01&to=2025-12-31" },
        { JsonFeed, "?tag=midlife&tag=connection" },
        { JsonFeed, "?tag=sailing" },
    };

    public static TheoryData<string, string, string> FeedsAndBadFilters
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var feed in new[] { Atom, Rss, JsonFeed })
            {
                data.Add(feed, "?from=2025-02-30", "from");
                data.Add(feed, "?emotionMatch=sometimes", "emotionMatch");
                data.Add(feed, "?month=7", "month");
                data.Add(feed, "?tag=" + new string('x', 51), "tag");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(FeedsAndFilters))]
    public async Task AFilteredFeedHoldsExactlyThePostsTheListHolds(string feed, string filter)
    {
        using var client = await factory.CreateReadyClientAsync();

        var expected = await client.GetSlugsAsync(filter + "&pageSize=50");

        Assert.Equal(expected, await client.GetFeedSlugsAsync(feed, filter));
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(FeedReader))]
    public async Task AFeedForGriefHoldsOnlyEntriesWithGrief(string feed)
    {
        using var client = await factory.CreateReadyClientAsync();

        var slugs = await client.GetFeedSlugsAsync(feed, "?emotion=grief");

        Assert.Equal(FixtureJournal.Only("leaves-on-the-window", FixtureJournal.PainOfReachingOut, "the-year-turns", "a-letter-written-in-the-heatwave"), slugs);
    }

    [Theory]
    [MemberData(nameof(FeedsAndBadFilters))]
    public async Task ABadFilterAnswers400NamingTheParameter(string feed, string filter, string parameter)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(feed + filter, UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, parameter);
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(FeedReader))]
    public async Task TheSameETagInIfNoneMatchAnswers304WithAnEmptyBody(string feed)
    {
        using var client = await factory.CreateReadyClientAsync();
        EntityTagHeaderValue etag;
        using (var first = await client.GetAsync(new Uri(feed + "?emotion=grief", UriKind.Relative)))
        {
            etag = first.Headers.ETag!;
            Assert.NotNull(etag);
            Assert.False(etag.IsWeak);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(feed + "?emotion=grief", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(FeedReader))]
    public async Task DifferentFiltersGiveDifferentETags(string feed)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var grief = await client.GetAsync(new Uri(feed + "?emotion=grief", UriKind.Relative));
        using var joy = await client.GetAsync(new Uri(feed + "?emotion=joy", UriKind.Relative));

        Assert.NotEqual(grief.Headers.ETag, joy.Headers.ETag);
    }
}
