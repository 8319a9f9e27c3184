using System.Net;
using System.Text.Json;

namespace JournalApi.Tests;

/// <summary>Reads answers the way a client of the API would, and checks problem+json bodies.</summary>
internal static class HttpAssert
{
    /// <summary>GETs a path, asserts 200 with JSON, and returns the parsed body.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.ReadJsonAsync();
    }

    /// <summary>The slugs of one page of <c>GET /api/posts</c>, in the order served.</summary>
    public static async Task<string[]> GetSlugsAsync(this HttpClient client, string query)
    {
        var page = await client.GetJsonAsync("/api/posts" + query);
        return [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("slug").GetString()!)];
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Asserts an RFC 9457 answer: the status, <c>application/problem+json</c>, a body whose <c>status</c> agrees,
    /// no exception details, and, when parameters are given, an <c>errors</c> object naming exactly those.
    /// </summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, params string[] parameters)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(problem.TryGetProperty("exception", out _), "A problem must never carry exception details.");
        Assert.DoesNotContain("   at ", problem.GetRawText(), StringComparison.Ordinal);

        if (parameters.Length > 0)
        {
            var errors = problem.GetProperty("errors");
            Assert.Equal(JsonValueKind.Object, errors.ValueKind);
            Assert.Equal(parameters.Order(StringComparer.Ordinal), errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
            foreach (var parameter in parameters)
            {
                var messages = errors.GetProperty(parameter);
                Assert.NotEmpty(messages.EnumerateArray());
                Assert.All(messages.EnumerateArray(), m => Assert.False(string.IsNullOrWhiteSpace(m.GetString())));
            }
        }

        return problem;
    }
}
