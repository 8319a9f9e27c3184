using System.Net;

namespace JournalApi.Tests.Http;

/// <summary>
/// System.Text.Json changes how it writes a type after a few answers (to the source-generated fast path); every answer
/// must stay byte for byte what the first one was.
/// </summary>
public sealed class SerializationTests
{
    [Theory]
    [InlineData("/api/posts?", "sort=-date", "\"items\"")]
    [InlineData("/api/posts?q=walk&", "sort=relevance", "<mark>")]
    public async Task APageIsWrittenAlikeBeforeAndAfterTheSerializerWarmsUp(string path, string sort, string expected)
    {
        using var factory = new JournalApiFactory();
        using var client = await factory.CreateReadyClientAsync();
        // Different requests (so that none is answered from the cache) for the same page.
        var queries = Permutations(["page=1", sort, "tagMatch=all", "pageSize=20"]).Select(p => path + string.Join('&', p)).Take(16).ToList();

        var bodies = new List<string>();
        foreach (var query in queries)
        {
            using var response = await client.GetAsync(new Uri(query, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(16, bodies.Count);
        Assert.Contains(expected, bodies[0], StringComparison.Ordinal);
        Assert.All(bodies, body => Assert.Equal(bodies[0], body));
    }

    private static IEnumerable<string[]> Permutations(string[] items) =>
        items.Length <= 1
            ? [items]
            : items.SelectMany((item, i) => Permutations([.. items.Where((_, j) => j != i)]).Select(rest => (string[])[item, .. rest]));
}
