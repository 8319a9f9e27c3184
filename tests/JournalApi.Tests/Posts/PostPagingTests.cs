using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace JournalApi.Tests.Posts;

/// <summary><c>GET /api/posts</c> order and pages: sort, page, pageSize, X-Total-Count and the RFC 8288 Link header.</summary>
public sealed partial class PostPagingTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    [Theory]
    [InlineData("")]
    [InlineData("?sort=-date")]
    public async Task PostsAreNewestFirstByDefault(string query)
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(FixtureJournal.NewestFirst, await client.GetSlugsAsync(query));
    }

    [Fact]
    public async Task SortDateListsOldestFirst()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(FixtureJournal.NewestFirst.Reverse(), await client.GetSlugsAsync("?sort=date"));
    }

    [Fact]
    public async Task SortTitleListsAToZ()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(FixtureJournal.ByTitle, await client.GetSlugsAsync("?sort=title"));
    }

    [Fact]
    public async Task SortMinusTitleListsZToA()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(FixtureJournal.ByTitle.Reverse(), await client.GetSlugsAsync("?sort=-title"));
    }

    [Fact]
    public async Task SortingAppliesBeforeFiltersArePaged()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(["start-of-july", FixtureJournal.PainOfReachingOut], await client.GetSlugsAsync("?year=2025&month=7&sort=date&pageSize=2"));
    }

    [Fact]
    public async Task TheDefaultPageSizeIsTwenty()
    {
        using var client = await factory.CreateReadyClientAsync();

        var page = await client.GetJsonAsync("/api/posts");

        AssertPage(page, page: 1, pageSize: 20, totalItems: 10, totalPages: 1, items: 10);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    [InlineData(4, 1)]
    public async Task PagesOfThreeSplitTenPostsIntoFourPages(int number, int items)
    {
        using var client = await factory.CreateReadyClientAsync();

        var page = await client.GetJsonAsync($"/api/posts?pageSize=3&page={number}");

        AssertPage(page, page: number, pageSize: 3, totalItems: 10, totalPages: 4, items: items);
        Assert.Equal(FixtureJournal.NewestFirst.Skip((number - 1) * 3).Take(3), Slugs(page));
    }

    [Fact]
    public async Task PagesTogetherHoldEveryPostOnce()
    {
        using var client = await factory.CreateReadyClientAsync();

        var all = new List<string>();
        for (var number = 1; number <= 4; number++)
        {
            all.AddRange(await client.GetSlugsAsync($"?sort=title&pageSize=3&page={number}"));
        }

        Assert.Equal(FixtureJournal.ByTitle, all);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(2147483647)]
    public async Task APagePastTheEndAnswers200WithNoItems(int number)
    {
        using var client = await factory.CreateReadyClientAsync();

        var page = await client.GetJsonAsync($"/api/posts?pageSize=3&page={number}");

        AssertPage(page, page: number, pageSize: 3, totalItems: 10, totalPages: 4, items: 0);
    }

    [Fact]
    public async Task PageSizeOneHundredIsAllowed()
    {
        using var client = await factory.CreateReadyClientAsync();

        var page = await client.GetJsonAsync("/api/posts?pageSize=100");

        AssertPage(page, page: 1, pageSize: 100, totalItems: 10, totalPages: 1, items: 10);
    }

    [Fact]
    public async Task XTotalCountCarriesTheNumberOfMatchingPosts()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var all = await client.GetAsync(new Uri("/api/posts?pageSize=2", UriKind.Relative));
        using var grief = await client.GetAsync(new Uri("/api/posts?emotion=grief&pageSize=1", UriKind.Relative));

        Assert.Equal("10", Assert.Single(all.Headers.GetValues("X-Total-Count")));
        Assert.Equal("4", Assert.Single(grief.Headers.GetValues("X-Total-Count")));
    }

    [Fact]
    public async Task LinkHeaderPointsToFirstPrevNextAndLastPages()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts?emotion=grief&pageSize=1&page=2&sort=date", UriKind.Relative));

        var links = Links(response);
        Assert.Equal(["first", "prev", "next", "last"], links.Keys);
        Assert.Equal("1", links["first"]["page"].ToString());
        Assert.Equal("1", links["prev"]["page"].ToString());
        Assert.Equal("3", links["next"]["page"].ToString());
        Assert.Equal("4", links["last"]["page"].ToString());
        Assert.All(links.Values, query =>
        {
            Assert.Equal("grief", query["emotion"].ToString());
            Assert.Equal("1", query["pageSize"].ToString());
            Assert.Equal("date", query["sort"].ToString());
            Assert.Equal(1, query["page"].Count);
        });
    }

    [Fact]
    public async Task LinkHeaderTargetsThePostsPath()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts?pageSize=3&page=2", UriKind.Relative));

        Assert.All(LinkTargets().Matches(string.Join(", ", response.Headers.GetValues("Link"))),
            match => Assert.StartsWith("/api/posts?", match.Groups["target"].Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LinkHeaderPreservesRepeatedParameters()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts?tag=connection&tag=joy&tagMatch=any&pageSize=1", UriKind.Relative));

        var next = Links(response)["next"];
        Assert.Equal(2, next["tag"].Count);
        Assert.Equal("connection,joy", next["tag"].ToString());
        Assert.Equal("any", next["tagMatch"].ToString());
        Assert.Equal("2", next["page"].ToString());
    }

    [Fact]
    public async Task TheFirstPageHasNoPrevAndTheLastPageHasNoNext()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var first = await client.GetAsync(new Uri("/api/posts?pageSize=3", UriKind.Relative));
        using var last = await client.GetAsync(new Uri("/api/posts?pageSize=3&page=4", UriKind.Relative));

        Assert.Equal(["first", "next", "last"], Links(first).Keys);
        Assert.Equal("2", Links(first)["next"]["page"].ToString());
        Assert.Equal(["first", "prev", "last"], Links(last).Keys);
        Assert.Equal("3", Links(last)["prev"]["page"].ToString());
    }

    [Fact]
    public async Task ASinglePageLinksOnlyToItselfAsFirstAndLast()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts", UriKind.Relative));

        var links = Links(response);
        Assert.Equal(["first", "last"], links.Keys);
        Assert.Equal("1", links["first"]["page"].ToString());
        Assert.Equal("1", links["last"]["page"].ToString());
    }

    private static void AssertPage(JsonElement body, int page, int pageSize, int totalItems, int totalPages, int items)
    {
        Assert.Equal(page, body.GetProperty("page").GetInt32());
        Assert.Equal(pageSize, body.GetProperty("pageSize").GetInt32());
        Assert.Equal(totalItems, body.GetProperty("totalItems").GetInt32());
        Assert.Equal(totalPages, body.GetProperty("totalPages").GetInt32());
        Assert.Equal(items, body.GetProperty("items").GetArrayLength());
    }

    private static string[] Slugs(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("slug").GetString()!)];

    /// <summary>The Link header as relation -> query of its target, in the order sent.</summary>
    private static OrderedDictionary<string, Dictionary<string, StringValues>> Links(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var header = string.Join(", ", response.Headers.GetValues("Link"));
        var links = new OrderedDictionary<string, Dictionary<string, StringValues>>();
        foreach (Match match in LinkTargets().Matches(header))
        {
            var target = match.Groups["target"].Value;
            links.Add(match.Groups["rel"].Value, QueryHelpers.ParseQuery(target[target.IndexOf('?', StringComparison.Ordinal)..]));
        }

        return links;
    }

    [GeneratedRegex("<(?<target>[^>]*)>\\s*;\\s*rel=\"(?<rel>[a-z]+)\"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkTargets();
}
