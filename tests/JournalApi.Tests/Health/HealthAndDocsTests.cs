using System.Net;

namespace JournalApi.Tests.Health;

/// <summary>Liveness, readiness with diagnostic counts, and the Swagger documentation.</summary>
public sealed class HealthAndDocsTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    [Fact]
    public async Task LivenessAnswers200()
    {
        using var client = await factory.CreateReadyClientAsync();

        var live = await client.GetJsonAsync("/health/live");

        Assert.Equal("live", live.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadinessCountsPostsAndDiagnosticsAndABrokenFileKeepsIt200()
    {
        using var client = await factory.CreateReadyClientAsync();

        var ready = await client.GetJsonAsync("/health/ready");

        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal(FixtureJournal.NewestFirst.Length, ready.GetProperty("posts").GetInt32());
        Assert.Equal(1, ready.GetProperty("errors").GetInt32());
        Assert.True(ready.GetProperty("warnings").GetInt32() >= 0);
        Assert.False(string.IsNullOrEmpty(ready.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task ReadinessVersionIsSentOnApiAnswers()
    {
        using var client = await factory.CreateReadyClientAsync();

        var version = (await client.GetJsonAsync("/health/ready")).GetProperty("version").GetString();
        using var response = await client.GetAsync(new Uri("/api/tags", UriKind.Relative));

        Assert.Equal(version, Assert.Single(response.Headers.GetValues("X-Content-Version")));
    }

    [Fact]
    public async Task RootRedirectsToSwagger()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/swagger", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SwaggerDocumentIsServedWithTheOperations()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        var document = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"ListPosts\"", document, StringComparison.Ordinal);
        Assert.Contains("\"GetPost\"", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwaggerUiIsServed()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
