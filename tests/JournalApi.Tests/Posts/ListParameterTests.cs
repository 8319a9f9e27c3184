using System.Net;

namespace JournalApi.Tests.Posts;

/// <summary>
/// List parameters as the OpenAPI document describes them: repeated or comma-separated, a backslash before a comma
/// keeps it inside a value, and the limits the document states are the server's.
/// </summary>
public sealed class ListParameterTests : IAsyncLifetime
{
    private readonly JournalApiFactory journal = JournalApiFactory.OverEmptyFolder()
        .WithFile("2025-01-01-games.md", "---\ntitle: Games\ndate: 2025-01-01\ntags: [\"rock,paper\", scissors]\n---\nText.\n")
        .WithFile("2025-01-02-rocks.md", "---\ntitle: Rocks\ndate: 2025-01-02\ntags: [rock, paper]\n---\nText.\n")
        .WithFile("2025-01-03-slashes.md", "---\ntitle: Slashes\ndate: 2025-01-03\ntags: ['back\\slash', 'end\\']\n---\nText.\n");

    private HttpClient client = null!;

    public async Task InitializeAsync() => client = await journal.CreateReadyClientAsync();

    public async Task DisposeAsync()
    {
        client.Dispose();
        await journal.DisposeAsync();
    }

    [Theory]
    [InlineData("?tag=rock%5C,paper", "games")]
    [InlineData("?tag=rock%5C,paper,scissors", "games")]
    [InlineData("?tag=rock,paper", "rocks")]
    [InlineData("?tag=rock&tag=paper", "rocks")]
    [InlineData("?tag=rock,%20paper%20,,", "rocks")]
    [InlineData("?tag=back%5Cslash", "slashes")]
    [InlineData("?tag=end%5C%5C", "slashes")]
    public async Task ABackslashBeforeACommaKeepsItInsideTheValue(string query, string slug)
    {
        var page = await client.GetJsonAsync("/api/posts" + query);

        Assert.Equal([slug], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(0, page.GetProperty("notices").GetArrayLength());
    }

    [Fact]
    public async Task TwentyValuesOfFiftyCharactersInOneCommaListAreAccepted()
    {
        var values = Enumerable.Range(0, 20).Select(i => new string((char)('a' + i), 50));

        using var response = await client.GetAsync(new Uri("/api/posts?tagMatch=any&tag=" + string.Join(',', values), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(1025)]
    [InlineData(4000)]
    public async Task OneOccurrenceLongerThan1024CharactersAnswers400NamingIt(int length)
    {
        using var response = await client.GetAsync(new Uri("/api/posts?emotion=" + new string(',', length - 1) + "a", UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "emotion");
    }

    [Fact]
    public async Task AnEmptyResultLinksToItsFirstPageButNamesNoLastPage()
    {
        using var response = await client.GetAsync(new Uri("/api/posts?tag=nothing-carries-this", UriKind.Relative));

        var link = Assert.Single(response.Headers.GetValues("Link"));
        Assert.Contains("rel=\"first\"", link, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"last\"", link, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFullResultStillNamesItsLastPage()
    {
        using var response = await client.GetAsync(new Uri("/api/posts?pageSize=2", UriKind.Relative));

        Assert.Contains("page=2>; rel=\"last\"", Assert.Single(response.Headers.GetValues("Link")), StringComparison.Ordinal);
    }
}
