using System.Net;

namespace JournalApi.Tests.Posts;

/// <summary>Bad query strings on <c>GET /api/posts</c> answer 400 problem+json with an <c>errors</c> object naming the parameter.</summary>
public sealed class PostListValidationTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("from=2025-02-30", "from")]
    [InlineData("from=20250101", "from")]
    [InlineData("from=2025-7-1", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2025-08-01&to=2025-07-01", "to")]
    [InlineData("month=7", "month")]
    [InlineData("year=2025&month=13", "month")]
    [InlineData("year=2025&month=0", "month")]
    [InlineData("year=abc", "year")]
    [InlineData("year=0", "year")]
    [InlineData("sort=bogus", "sort")]
    [InlineData("sort=relevance", "sort")]
    [InlineData("tagMatch=some", "tagMatch")]
    [InlineData("emotionMatch=most", "emotionMatch")]
    [InlineData("tagMatch=ANY", "tagMatch")]
    [InlineData("emotionMatch=Exact", "emotionMatch")]
    [InlineData("sort=-Date", "sort")]
    [InlineData("q=the", "q")]
    [InlineData("q=and%20or%20the", "q")]
    [InlineData("q=grief%00", "q")]
    [InlineData("sort=relevance&q=%20", "sort")]
    [InlineData("excludeTag=a%01b", "excludeTag")]
    [InlineData("excludeEmotion=a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u", "excludeEmotion")]
    [InlineData("sort=relevance&tag=grief", "sort")]
    public async Task ABadParameterAnswersProblemDetails400NamingIt(string query, string parameter)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts?" + query, UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, parameter);
        Assert.False(response.Headers.Contains("X-Total-Count"));
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task EveryBadParameterIsNamedInOneAnswer()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts?page=0&pageSize=101&sort=bogus&tagMatch=some", UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "page", "pageSize", "sort", "tagMatch");
    }

    [Fact]
    public async Task ABadValueIsQuotedInTheMessage()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts?from=2025-02-30", UriKind.Relative));

        var problem = await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "from");
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("from").EnumerateArray()).GetString();
        Assert.Contains("2025-02-30", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOverlongTagIsRefused()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts?tag=" + new string('x', 51), UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "tag");
    }

    [Theory]
    [InlineData("from=2024-02-29")]
    [InlineData("from=2025-07-09&to=2025-07-09")]
    [InlineData("year=2025")]
    [InlineData("page=1&pageSize=1")]
    [InlineData("tagMatch=all&emotionMatch=any")]
    public async Task GoodValuesAreAccepted(string query)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
