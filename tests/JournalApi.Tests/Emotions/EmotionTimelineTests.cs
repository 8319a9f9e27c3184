using System.Globalization;
using System.Net;
using System.Text.Json;

namespace JournalApi.Tests.Emotions;

/// <summary>
/// <c>GET /api/emotions/timeline</c> over the fixture journal: every bucket from the first entry to the last, zero-filled,
/// each counting what <c>GET /api/posts?emotion=X&amp;emotionMatch=exact</c> counts over the bucket's days.
/// </summary>
// Every bucket is checked against GET /api/posts: more requests than the shipped rate limit lets one client send.
public sealed class EmotionTimelineTests(UnlimitedJournal journal) : IClassFixture<UnlimitedJournal>
{
    private readonly JournalApiFactory factory = journal.Factory;

    private static readonly string[] VisibleEmotions = ["calm", "fear", "grief", "hope", "joy", "longing", "tenderness"];

    [Theory]
    [InlineData("week")]
    [InlineData("month")]
    [InlineData("year")]
    public async Task EveryBucketCountsWhatThePostsEndpointCountsForItsDays(string interval)
    {
        using var client = await factory.CreateReadyClientAsync();

        var timeline = await client.GetJsonAsync($"/api/emotions/timeline?interval={interval}");

        Assert.Equal(interval, timeline.GetProperty("interval").GetString());
        foreach (var bucket in Buckets(timeline))
        {
            foreach (var (emotion, count) in bucket.Counts)
            {
                var page = await client.GetJsonAsync($"/api/posts?emotion={emotion}&emotionMatch=exact&from={Day(bucket.Start)}&to={Day(bucket.End)}&pageSize=1");
                Assert.True(page.GetProperty("totalItems").GetInt32() == count,
                    $"{Day(bucket.Start)}..{Day(bucket.End)}: the timeline counts {count} '{emotion}', GET /api/posts {page.GetProperty("totalItems")}.");
            }
        }
    }

    [Theory]
    [InlineData("week", 190)]
    [InlineData("month", 44)]
    [InlineData("year", 4)]
    public async Task TheBucketsAreContiguousZeroFilledAndCoverTheFirstToTheLastEntry(string interval, int buckets)
    {
        using var client = await factory.CreateReadyClientAsync();

        var timeline = Buckets(await client.GetJsonAsync($"/api/emotions/timeline?interval={interval}"));

        Assert.Equal(buckets, timeline.Count);
        Assert.InRange(new DateOnly(2023, 3, 14), timeline[0].Start, timeline[0].End);
        Assert.InRange(new DateOnly(2026, 10, 30), timeline[^1].Start, timeline[^1].End);
        for (var i = 1; i < timeline.Count; i++)
        {
            Assert.Equal(timeline[i - 1].End.AddDays(1), timeline[i].Start);
        }

        Assert.All(timeline, b => Assert.Equal(VisibleEmotions, b.Counts.Keys));
        if (interval != "year")
        {
            Assert.Contains(timeline, b => b.Counts.Values.All(n => n == 0));
        }

        Assert.Equal(17, timeline.Sum(b => b.Counts.Values.Sum()));
    }

    [Fact]
    public async Task MonthIsTheDefaultInterval()
    {
        using var client = await factory.CreateReadyClientAsync();

        var timeline = await client.GetJsonAsync("/api/emotions/timeline");

        Assert.Equal("month", timeline.GetProperty("interval").GetString());
        Assert.Equal("2023-03-01", timeline.GetProperty("buckets")[0].GetProperty("start").GetString());
        Assert.Equal("2023-03-31", timeline.GetProperty("buckets")[0].GetProperty("end").GetString());
    }

    [Fact]
    public async Task AYearFilterGivesTwelveMonthsEvenWhereNothingWasWritten()
    {
        using var client = await factory.CreateReadyClientAsync();

        var timeline = Buckets(await client.GetJsonAsync("/api/emotions/timeline?interval=month&year=2025"));

        Assert.Equal(Enumerable.Range(1, 12).Select(m => new DateOnly(2025, m, 1)), timeline.Select(b => b.Start));
        Assert.Equal(new DateOnly(2025, 12, 31), timeline[^1].End);
        Assert.Equal(["calm", "grief", "joy", "longing"], timeline[0].Counts.Keys);
        Assert.Equal("calm:1 grief:1 joy:1 longing:1", string.Join(' ', timeline[6].Counts.Select(c => $"{c.Key}:{c.Value}")));
        Assert.All(timeline.Where(b => b.Start.Month != 7 && b.Start.Month != 8), b => Assert.All(b.Counts.Values, n => Assert.Equal(0, n)));
    }

    [Fact]
    public async Task FiltersChooseTheEntriesCounted()
    {
        using var client = await factory.CreateReadyClientAsync();

        var timeline = Buckets(await client.GetJsonAsync("/api/emotions/timeline?interval=year&tag=connection"));

        foreach (var bucket in timeline)
        {
            foreach (var (emotion, count) in bucket.Counts)
            {
                var page = await client.GetJsonAsync($"/api/posts?tag=connection&emotion={emotion}&emotionMatch=exact&from={Day(bucket.Start)}&to={Day(bucket.End)}");
                Assert.Equal(page.GetProperty("totalItems").GetInt32(), count);
            }
        }

        Assert.Equal([2024, 2025, 2026], timeline.Select(b => b.Start.Year));
    }

    [Theory]
    [InlineData("day")]
    [InlineData("weekly")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("MONTH")]
    public async Task AnUnknownIntervalAnswers400NamingInterval(string interval)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri($"/api/emotions/timeline?interval={interval}", UriKind.Relative));

        var problem = await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "interval");
        Assert.Contains(interval, problem.GetProperty("errors").GetProperty("interval")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("week,month")]
    [InlineData("month,year")]
    public async Task ACommaSeparatedIntervalAnswers400NamingInterval(string interval)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri($"/api/emotions/timeline?interval={interval}", UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "interval");
    }

    [Fact]
    public async Task ABadIntervalAndABadFilterAreBothNamed()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/emotions/timeline?interval=fortnight&from=2025-02-30", UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "interval", "from");
    }

    [Fact]
    public async Task MoreThanTwoThousandBucketsAnswers400NamingInterval()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/emotions/timeline?interval=week&from=1900-01-01&to=2099-12-31", UriKind.Relative));

        var problem = await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "interval");
        Assert.Contains("2000", problem.GetProperty("errors").GetProperty("interval")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLastYearOnTheCalendarHasATimeline()
    {
        using var client = await factory.CreateReadyClientAsync();

        var timeline = Buckets(await client.GetJsonAsync("/api/emotions/timeline?interval=month&year=9999"));

        Assert.Equal(12, timeline.Count);
    }

    private static List<Bucket> Buckets(JsonElement timeline) =>
        [.. timeline.GetProperty("buckets").EnumerateArray().Select(b => new Bucket(
            DateOnly.ParseExact(b.GetProperty("start").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly.ParseExact(b.GetProperty("end").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            b.GetProperty("counts").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetInt32())))];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Bucket(DateOnly Start, DateOnly End, Dictionary<string, int> Counts);
}
