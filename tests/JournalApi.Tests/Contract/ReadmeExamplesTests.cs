using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace JournalApi.Tests.Contract;

/// <summary>
/// Every curl example of the README's "Ask it things", and every example the OpenAPI document shows, run against the
/// sample journal in <c>content/</c>, answers something: a list that is not empty, a post, a feed with entries, a stream
/// that opens. An example that answers an empty list, 404 or 410 teaches a reader nothing.
/// </summary>
public sealed partial class ReadmeExamplesTests : IAsyncLifetime
{
    private const string Host = "http://localhost:5000";
    private static readonly string[] ListPaths = ["/api/posts", "/api/posts/on-this-day"];

    private readonly JournalApiFactory journal = SampleJournal();
    private HttpClient client = null!;

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in ReadmeExamples())
        {
            data.Add(example);
        }

        return data;
    }

    public async Task InitializeAsync() => client = await journal.CreateReadyClientAsync();

    public async Task DisposeAsync()
    {
        client.Dispose();
        await journal.DisposeAsync();
    }

    [Fact]
    public void TheReadmeHasExamplesForEveryEndpointGroup()
    {
        var paths = ReadmeExamples().Select(e => e.Split('?')[0]).ToHashSet(StringComparer.Ordinal);

        Assert.True(ReadmeExamples().Count >= 25, $"Expected the README's examples, found {ReadmeExamples().Count}.");
        Assert.Subset(paths, new HashSet<string>(["/api/posts", "/api/tags", "/api/emotions", "/api/archive", "/api/changes", "/api/changes/stream",
            "/api/diagnostics", "/api/posts/on-this-day", "/api/emotions/timeline", "/feeds/feed.json"]));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task EachReadmeExampleAnswersSomethingOnTheSampleJournal(string example)
    {
        var version = (await client.GetJsonAsync("/api/changes")).GetProperty("version").GetString()!;
        var path = example.Replace("$v", version, StringComparison.Ordinal);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{example} answered {(int)response.StatusCode}.");
        if (path.StartsWith("/api/changes/stream", StringComparison.Ordinal))
        {
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            return;
        }

        if (path.StartsWith("/media/", StringComparison.Ordinal))
        {
            Assert.StartsWith("image/", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(timeout.Token));
            return;
        }

        var body = await response.Content.ReadAsStringAsync(timeout.Token);
        if (path.StartsWith("/feeds/", StringComparison.Ordinal))
        {
            Assert.True(path.Contains(".json", StringComparison.Ordinal)
                ? JsonDocument.Parse(body).RootElement.GetProperty("items").GetArrayLength() > 0
                : body.Contains("<entry>", StringComparison.Ordinal) || body.Contains("<item>", StringComparison.Ordinal), $"{example} has no entries.");
            return;
        }

        using var document = JsonDocument.Parse(body);
        Assert.True(SaysSomething(path, document.RootElement), $"{example} answered nothing useful: {Shorten(body)}");
    }

    /// <summary>Every example the OpenAPI document shows (in a description, where Swagger UI does not send it) finds posts.</summary>
    [Fact]
    public async Task EachExampleOfTheDocumentFindsPostsOnTheSampleJournal()
    {
        using var document = JsonDocument.Parse(RepositoryFiles.ReadText("openapi/journal-api.json"));
        var paths = document.RootElement.GetProperty("paths");
        var tried = new List<string>();
        var failed = new List<string>();
        foreach (var (path, parameter) in ListPaths
            .SelectMany(p => paths.GetProperty(p).GetProperty("get").GetProperty("parameters").EnumerateArray()
                .Where(parameter => parameter.GetProperty("in").GetString() == "query").Select(parameter => (p, parameter))))
        {
            var example = DocumentedExample().Match(parameter.GetProperty("description").GetString()!);
            Assert.True(example.Success, $"{path} {parameter.GetProperty("name").GetString()} shows no example.");
            var name = parameter.GetProperty("name").GetString()!;
            // month needs year; paging through the days gone by needs a day that has entries (today may have none).
            var companion = name == "month" ? "&year=2025" : path.EndsWith("on-this-day", StringComparison.Ordinal) && name != "date" ? "&date=07-14" : "";
            var query = $"{path}?{name}={Uri.EscapeDataString(example.Groups["value"].Value)}{companion}";
            var page = await client.GetJsonAsync(query);
            tried.Add(query);
            if (page.GetProperty("totalItems").GetInt32() == 0 || page.GetProperty("notices").GetArrayLength() > 0)
            {
                failed.Add(query);
            }
        }

        var slug = SlugExample().Match(paths.GetProperty("/api/posts/{slug}").GetProperty("get").GetProperty("parameters")[0].GetProperty("description").GetString()!);
        Assert.Equal(slug.Groups["value"].Value, (await client.GetJsonAsync("/api/posts/" + slug.Groups["value"].Value)).GetProperty("slug").GetString());
        Assert.True(tried.Count >= 15, $"Only {tried.Count} examples found.");
        Assert.True(failed.Count == 0, "These examples find nothing: " + string.Join(", ", failed));
    }

    [GeneratedRegex(@" Example: (?<value>.+)\.$")]
    private static partial Regex DocumentedExample();

    [GeneratedRegex(@"e\.g\. (?<value>[a-z0-9-]+)\.")]
    private static partial Regex SlugExample();

    private static bool SaysSomething(string path, JsonElement body) => body.ValueKind switch
    {
        JsonValueKind.Array => body.GetArrayLength() > 0,
        _ when body.TryGetProperty("totalItems", out var total) => total.GetInt32() > 0 && body.GetProperty("notices").GetArrayLength() == 0,
        _ when body.TryGetProperty("items", out var items) => items.GetArrayLength() > 0 || path == "/api/diagnostics",
        _ when body.TryGetProperty("buckets", out var buckets) => buckets.EnumerateArray().Any(b => b.GetProperty("counts").EnumerateObject().Any()),
        _ when body.TryGetProperty("years", out var years) => years.GetArrayLength() > 0,
        _ => body.TryGetProperty("slug", out _) || body.TryGetProperty("name", out _) || body.TryGetProperty("version", out _),
    };

    /// <summary>The paths and queries of the README's curl lines (a shell variable such as <c>$v</c> left as written).</summary>
    private static List<string> ReadmeExamples()
    {
        var readme = RepositoryFiles.ReadText("README.md");
        var start = readme.IndexOf("## Ask it things", StringComparison.Ordinal);
        var block = readme[start..readme.IndexOf("\n```\n", readme.IndexOf("```sh", start, StringComparison.Ordinal), StringComparison.Ordinal)];
        return [.. CurlUrl().Matches(block).Select(m => m.Groups["url"].Value[Host.Length..]).Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex("""curl (?:-\w+ )*['"](?<url>http://localhost:5000/[^'"]*)['"]""")]
    private static partial Regex CurlUrl();

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "...";

    private static JournalApiFactory SampleJournal()
    {
        var sample = JournalApiFactory.OverEmptyFolder();
        var content = RepositoryFiles.PathOf("content");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            sample.WithFile(Path.GetRelativePath(content, file), File.ReadAllText(file));
        }

        return sample;
    }
}
