using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;

namespace JournalApi.Tests.Packaging;

/// <summary>
/// The program as it ships (in CI the Native AOT publish of the Dockerfile, trimmed and without a JIT) answers every
/// route exactly as the host the other tests check in-process: binding, validation, JSON, feeds, the OpenAPI document
/// and problem+json are where trimming or a source generator would change an answer without a build error.
/// </summary>
public sealed partial class PublishedProgramAnswersTests(PublishedProgramAnswersTests.BothServers servers)
    : IClassFixture<PublishedProgramAnswersTests.BothServers>
{

    /// <summary>Every route, with the parameters that take each binding and validation path, good and bad.</summary>
    public static readonly TheoryData<string> Paths =
    [
        "/api/posts", "/api/posts?pageSize=3&page=2", "/api/posts?tag=july", "/api/posts?tag=july,grief&tagMatch=any",
        "/api/posts?tag=rock%5C,paper", "/api/posts?emotion=joy&emotionMatch=exact", "/api/posts?excludeTag=july",
        "/api/posts?from=2025-07-01&to=2025-07-31", "/api/posts?year=2025", "/api/posts?sort=oldest", "/api/posts?q=july",
        "/api/posts?q=%22end%20of%22", "/api/posts?q=july&facets=true", "/api/posts?category=travel&categoryMatch=any",
        "/api/posts?pageSize=0", "/api/posts?page=abc", "/api/posts?from=2025-13-01", "/api/posts?sort=sideways",
        "/api/posts?tagMatch=ALL", "/api/posts?nonsense=1", "/api/posts?q=the", "/api/posts?q=" + "x",
        "/api/posts/start-of-july", "/api/posts/start-of-july?tag=july", "/api/posts/no-such-post",
        "/api/posts/start-of-july/related", "/api/posts/start-of-july/related?limit=2", "/api/posts/start-of-july/related?limit=-1",
        "/api/posts/on-this-day?date=2025-07-01", "/api/posts/on-this-day?date=July", "/api/posts/by-url?url=/2025/07/01/start-of-july/",
        "/api/posts/by-url", "/api/tags", "/api/categories", "/api/archive", "/api/emotions", "/api/emotions/joy",
        "/api/emotions/no-such-emotion", "/api/emotions/timeline", "/api/emotions/timeline?interval=week",
        "/api/emotions/timeline?interval=fortnight", "/api/diagnostics", "/api/changes", "/feeds/rss.xml", "/feeds/atom.xml",
        "/feeds/feed.json", "/feeds/rss.xml?tag=july", "/feeds/feed.json?emotion=nonsense%2C%2C", "/health/live", "/health/ready",
        "/swagger/v1/swagger.json", "/swagger/index.html", "/media/no-such-image.png", "/no-such-route",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ThePublishedProgramAnswersAsTheHostTheTestsCheck(string path)
    {
        var (program, host) = await servers.ClientsAsync();

        var expected = await AnswerAsync(host, path);
        var actual = await AnswerAsync(program, path);

        Assert.Equal(expected, actual);
    }

    private static async Task<string> AnswerAsync(HttpClient client, string path)
    {
        using var answer = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await answer.Content.ReadAsStringAsync();
        var type = answer.Content.Headers.ContentType?.ToString();
        var headers = string.Join('\n', answer.Headers.Concat(answer.Content.Headers)
            // How the bytes travel differs between Kestrel and the in-memory test server; the answer must not.
            .Where(h => h.Key is not ("Date" or "Content-Length" or "Server" or "Transfer-Encoding"))
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
        return $"{(int)answer.StatusCode} {type}\n{headers}\n\n{TraceId().Replace(body, "traceId")}";
    }

    [GeneratedRegex("\"traceId\":\"[^\"]*\"|00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")]
    private static partial Regex TraceId();

    /// <summary>The program as a child process and the in-process host, over one copy of the fixture journal.</summary>
    public sealed class BothServers : IDisposable
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

        // Today's date for both, so that the fixture journal's future-dated entry is judged alike.
        private readonly JournalApiFactory host = new JournalApiFactory().WithProtectionsOff().WithClock(new FakeTimeProvider(DateTimeOffset.UtcNow));
        private readonly SemaphoreSlim starting = new(1, 1);
        private (HttpClient Program, HttpClient Host)? clients;
        private System.Diagnostics.Process? program;

        public async Task<(HttpClient Program, HttpClient Host)> ClientsAsync()
        {
            await starting.WaitAsync();
            try
            {
                return clients ??= await StartAsync();
            }
            finally
            {
                starting.Release();
            }
        }

        public void Dispose()
        {
            if (program is { HasExited: false })
            {
                program.Kill(entireProcessTree: true);
            }

            program?.Dispose();
            host.Dispose();
            starting.Dispose();
        }

        private async Task<(HttpClient, HttpClient)> StartAsync()
        {
            var hostClient = await host.CreateReadyClientAsync();
            var port = ProgramProcess.ClosedPort();
            program = ProgramProcess.Start(host.ContentPath, new Dictionary<string, string> { ["RateLimit__Enabled"] = "false" },
                "--content", host.ContentPath, "--urls", $"http://127.0.0.1:{port}");
            // Read both streams all along, so that a full pipe never blocks the program.
            _ = program.StandardOutput.ReadToEndAsync();
            var errors = program.StandardError.ReadToEndAsync();
            var programClient = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            // The host the in-memory server is asked as, so that absolute links (feeds, Link headers) are the same.
            programClient.DefaultRequestHeaders.Host = hostClient.BaseAddress!.Authority;
            using var deadline = new CancellationTokenSource(Timeout);
            while (true)
            {
                if (program.HasExited)
                {
                    throw new InvalidOperationException($"The program exited with {program.ExitCode}: {await errors}");
                }

                try
                {
                    using var ready = await programClient.GetAsync(new Uri("/health/ready", UriKind.Relative), deadline.Token);
                    if (ready.StatusCode == HttpStatusCode.OK)
                    {
                        return (programClient, hostClient);
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(50, deadline.Token);
            }
        }
    }
}
