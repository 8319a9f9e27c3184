using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace JournalApi.Tests.Hardening;

/// <summary>
/// Several hundred hostile requests, generated here, against every route: whatever the path, query string, method
/// or Accept header, the answer is a normal page or a 4xx <c>application/problem+json</c>, never a 5xx and never a
/// stack trace. The rate limit is off for these (<see cref="UnlimitedJournal"/>); one test turns it on, tiny.
/// </summary>
public sealed class HostileRequestsTests(UnlimitedJournal journal) : IClassFixture<UnlimitedJournal>
{
    private static readonly string[] GetRoutes =
    [
        "/", "/health/live", "/health/ready", "/api/posts", "/api/posts/on-this-day", $"/api/posts/{FixtureJournal.PainOfReachingOut}",
        "/api/tags", "/api/archive", "/api/diagnostics", "/api/emotions", "/api/emotions/timeline", "/api/emotions/grief",
        "/api/changes", "/feeds/atom.xml", "/feeds/rss.xml", "/feeds/feed.json", "/swagger/index.html", "/swagger/v1/swagger.json",
    ];

    private static readonly string[] WrongMethods = ["POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "FOO"];

    private static readonly string[] HeadExtras = ["/api/posts?page=0", "/api/posts/no-such-post", "/no-such-route"];

    private static readonly string[] OddAccepts =
    [
        "text/html", "application/xml", "image/png", "*/*;q=0", "application/json;q=0", "text/plain", "application/problem+xml",
        ";;;,,,", "application/json; charset=utf-7", string.Join(", ", Enumerable.Range(0, 300).Select(i => $"type{i}/sub{i}")),
    ];

    private static readonly string[] UnknownParameters =
    [
        "/api/posts?foo=bar", "/api/posts?__proto__[admin]=1", "/api/posts?constructor=1", "/api/posts?page[]=1", "/api/posts?tag[]=grief",
        "/api/posts?=1", "/api/posts?&&&", "/api/posts?a", "/api/posts?==", "/api/posts?%3D=%3D", "/api/tags?page=0", "/api/archive?year=x",
        "/health/ready?verbose=true",
    ];

    private static readonly string[] ListParameters =
        ["tag", "tagMatch", "emotion", "emotionMatch", "excludeTag", "excludeEmotion", "from", "to", "year", "month", "q", "sort", "page", "pageSize"];

    private static readonly string[] BadNumbers =
    [
        "0", "-1", "-0", "+1", "%201", "1%20", "1.0", "1e3", "0x10", "1,000", "1_000", "%D9%A1", "%EF%BC%91", "2147483647",
        "2147483648", "-2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999999", "00000000000000000000001",
        "NaN", "Infinity", "", "%00", "1%00", "true", "null", "[1]", "%7B%7D",
    ];

    private static readonly string[] ControlValues =
    [
        "%00", "a%00b", "%01", "%1F", "%7F", "%0A", "%0D%0ASet-Cookie:%20x=1", "%C0%80", "%FF", "%ED%A0%80", "%E2%80%AE",
        "%EF%BF%BF", "%F4%90%80%80", "%09", "%08grief",
    ];

    private static readonly string[] Traversals =
    [
        "../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2e%2e/%2e%2e/etc/passwd",
        "%252e%252e%252fetc%252fpasswd", "..%252f..%252fappsettings.json", "..%5c..%5cappsettings.json", "..%5C..%5Cwindows%5Cwin.ini",
        "%c0%ae%c0%ae%2fetc%2fpasswd", "%u002e%u002e%u2215etc%u2215passwd", "%EF%BC%8E%EF%BC%8E%EF%BC%8Fetc%EF%BC%8Fpasswd",
        "%E2%80%A5%2fetc%2fpasswd", "....//....//etc/passwd", "..;/..;/appsettings.json", "..%00/appsettings.json", ".%2e/.%2e/etc/passwd",
        "%2fetc%2fpasswd", "%5c%5cserver%5cshare", "file:%2f%2f%2fetc%2fpasswd", "..", ".", "%2e", "%2e%2e",
    ];

    [Fact]
    public async Task InvalidAndOverflowingNumbersAnswerProblemDetailsOrAPage()
    {
        var targets = new List<string>();
        foreach (var value in BadNumbers)
        {
            targets.AddRange(
            [
                $"/api/posts?page={value}", $"/api/posts?pageSize={value}", $"/api/posts?year={value}", $"/api/posts?year=2025&month={value}",
                $"/api/posts/on-this-day?page={value}", $"/api/posts/on-this-day?pageSize={value}", $"/feeds/atom.xml?year={value}",
                $"/api/emotions/timeline?year={value}&month={value}",
            ]);
        }

        targets.AddRange(["/api/posts?page=2147483647&pageSize=100", "/api/posts?year=9999&month=12", "/api/posts?year=1&month=1"]);

        await AssertWellBehavedAsync(targets.Select(Get));
    }

    [Fact]
    public async Task ThousandsOfRepeatedParametersAnswerProblemDetailsOrAPage()
    {
        string Repeat(Func<int, string> pair) => string.Join('&', Enumerable.Range(0, 5000).Select(pair));

        await AssertWellBehavedAsync(new[]
        {
            "/api/posts?" + Repeat(i => $"tag=t{i}"), "/api/posts?" + Repeat(_ => "tag=grief"), "/api/posts?" + Repeat(_ => "tag="),
            "/api/posts?" + Repeat(i => $"emotion=e{i}"), "/api/posts?" + Repeat(_ => "page=1"), "/api/posts?" + Repeat(_ => "sort=date"),
            "/api/posts?" + Repeat(i => $"x{i}=1"), "/feeds/rss.xml?" + Repeat(i => $"tag=t{i}"), "/api/emotions/timeline?" + Repeat(i => $"emotion=e{i}"),
            "/api/posts?tag=" + string.Join(',', Enumerable.Range(0, 5000).Select(i => $"t{i}")),
        }.Select(Get));

        using var client = await journal.Factory.CreateReadyClientAsync();
        using var response = await client.GetAsync(new Uri("/api/posts?" + Repeat(i => $"tag=t{i}"), UriKind.Relative));
        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "tag");
    }

    [Fact]
    public async Task OverlongValuesAnswerProblemDetailsOrAPage()
    {
        var tenKilobytes = new string('q', 10 * 1024);
        var fourKilobytes = new string('t', 4 * 1024);
        var targets = ListParameters.Select(p => $"/api/posts?{p}={tenKilobytes}").Concat(
        [
            $"/api/posts?tag={fourKilobytes}", $"/api/posts?emotion={fourKilobytes}", $"/api/posts/{tenKilobytes}", $"/api/emotions/{tenKilobytes}",
            $"/api/posts/on-this-day?date={tenKilobytes}", $"/api/emotions/timeline?interval={tenKilobytes}", $"/api/changes?since={tenKilobytes}",
            $"/feeds/feed.json?tag={fourKilobytes}", $"/api/posts?q={Uri.EscapeDataString(string.Concat(Enumerable.Repeat("grief ", 1700)))}",
        ]);

        await AssertWellBehavedAsync(targets.Select(Get));
    }

    [Fact]
    public async Task ControlCharactersAndNulInEveryParameterAnswerProblemDetailsOrAPage()
    {
        var targets = new List<string>();
        foreach (var value in ControlValues)
        {
            targets.AddRange(ListParameters.Append("unknown").Select(p => $"/api/posts?{p}={value}"));
            targets.AddRange(
            [
                $"/api/posts/on-this-day?date={value}", $"/api/emotions/timeline?interval={value}", $"/api/changes?since={value}",
                $"/feeds/atom.xml?tag={value}", $"/api/posts/{value}", $"/api/posts/reaching{value}out", $"/api/emotions/{value}",
                $"/api/posts?{value}=1",
            ]);
        }

        await AssertWellBehavedAsync(targets.Select(Get));
    }

    [Fact]
    public async Task PathTraversalInTheSlugEncodedEveryWayAnswersProblemDetails()
    {
        var targets = Traversals.SelectMany(t => new[] { $"/api/posts/{t}", $"/api/emotions/{t}", $"/feeds/{t}", $"/swagger/{t}" }).ToList();

        var answers = await AssertWellBehavedAsync(targets.Select(Get).Concat(targets.Select(Raw)));

        Assert.All(answers, a => Assert.DoesNotContain("root:x:0:0", a.Body, StringComparison.Ordinal));
        Assert.All(answers, a => Assert.DoesNotContain("\"AllowedHosts\"", a.Body, StringComparison.Ordinal));
        // "/api/posts/." is the list once HttpClient removes the dot segment; no traversal reaches anything but a post or the list.
        Assert.All(answers.Where(a => a.Request.Contains("/api/posts/", StringComparison.Ordinal) && a.Status < 400),
            a => Assert.StartsWith("{\"items\":", a.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownParametersAnswer400AndAQueryWithoutNamesAPage()
    {
        var answers = await AssertWellBehavedAsync(UnknownParameters.Select(Get));

        Assert.All(answers.Where(a => a.Request is "GET /api/posts?&&&"), a => Assert.Equal(200, a.Status));
        Assert.All(answers.Where(a => a.Request is not "GET /api/posts?&&&"), a => Assert.Equal(400, a.Status));
    }

    [Fact]
    public async Task WrongMethodsOnEveryRouteAnswerProblemDetails()
    {
        var routes = GetRoutes.Append("/api/changes/stream").Append("/api/posts/no-such-post");
        var requests = routes.SelectMany(route => WrongMethods.Select(method => new HostileRequest(new HttpMethod(method), route)));

        var answers = await AssertWellBehavedAsync(requests);

        Assert.All(answers, a => Assert.True(a.Status is 404 or 405, $"{a.Request}: {a.Status}"));
    }

    [Fact]
    public async Task HeadRequestsNeverAnswer5xxOrAnErrorThatIsNotProblemDetails()
    {
        var requests = GetRoutes.Concat(HeadExtras).Select(route => new HostileRequest(HttpMethod.Head, route));

        await AssertWellBehavedAsync(requests);
    }

    [Fact]
    public async Task HeadIsAnsweredWhereverGetIs()
    {
        using var client = await journal.Factory.CreateReadyClientAsync();

        foreach (var route in GetRoutes.Concat(HeadExtras))
        {
            using var get = await client.GetAsync(new Uri(route, UriKind.Relative));
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(route, UriKind.Relative)));
            Assert.True(get.StatusCode == head.StatusCode, $"HEAD {route}: {(int)head.StatusCode}, GET: {(int)get.StatusCode}");
        }
    }

    /// <summary>The errors that endpoints answer themselves (400, 404 for a slug); see the skipped test below for the others.</summary>
    [Fact]
    public async Task OddAcceptHeadersStillGetProblemDetailsOrAPage()
    {
        string[] targets = ["/api/posts", "/api/posts?page=0", "/api/posts/no-such-post", "/api/tags", "/feeds/atom.xml?year=x", "/api/emotions/nope"];

        await AssertWellBehavedAsync(targets.SelectMany(t => OddAccepts.Select(a => new HostileRequest(HttpMethod.Get, t, Accept: a))));
    }

    [Fact]
    public async Task UnknownRoutesAndWrongMethodsAnswerProblemDetailsWhateverTheAcceptHeader()
    {
        var requests = OddAccepts.SelectMany(a => new[]
        {
            new HostileRequest(HttpMethod.Get, "/no-such-route", Accept: a), new HostileRequest(HttpMethod.Post, "/api/posts", Accept: a),
        });

        await AssertWellBehavedAsync(requests);
    }

    [Fact]
    public async Task VeryLongAndMalformedPathsAnswerProblemDetails()
    {
        var targets = new[]
        {
            "/api/posts/" + new string('a', 10_000), "/" + string.Concat(Enumerable.Repeat("a/", 2000)), "/api/" + new string('x', 8000),
            "/api/posts/%", "/api/posts/%zz", "/api/posts/%%%", "//api//posts", "/API/POSTS", "/api/posts/", "/api/posts//",
            "/api/posts/a/b/c/d", "/api/posts/" + string.Concat(Enumerable.Repeat("%2F", 1000)), "/api/posts;jsessionid=1",
        };

        await AssertWellBehavedAsync(targets.Select(Get).Concat(targets.Select(Raw)));
    }

    [Fact]
    public async Task AnyOriginMayReadTheApiWhenNoOriginsAreConfigured()
    {
        using var client = await journal.Factory.CreateReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/posts", UriKind.Relative));
        request.Headers.Add("Origin", "https://reader.example.org");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Theory]
    [InlineData("/api/posts")]
    [InlineData("/swagger/index.html")]
    public async Task SecurityHeadersAreSent(string path)
    {
        using var client = await journal.Factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(response.Headers.GetValues("Referrer-Policy"))));
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(response.Headers.GetValues("Content-Security-Policy"))));
    }

    [Fact]
    public async Task ATinyRateLimitAnswers429ProblemDetailsWithRetryAfterAndLeavesHealthAlone()
    {
        using var factory = new JournalApiFactory().WithSetting("RateLimit:Enabled", "true").WithSetting("RateLimit:Burst", "3").WithSetting("RateLimit:PerSecond", "1");
        using var client = await factory.CreateReadyClientAsync();
        // Health is exempt, so this warms the pipeline up without spending a token.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync(new Uri("/api/posts", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await client.GetAsync(new Uri("/api/posts", UriKind.Relative));
        using var health = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        await HttpAssert.AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(Assert.Single(limited.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task ARateLimitedBrowserGets429ProblemDetailsNot500()
    {
        using var factory = new JournalApiFactory().WithSetting("RateLimit:Enabled", "true").WithSetting("RateLimit:Burst", "1").WithSetting("RateLimit:PerSecond", "1");
        using var client = await factory.CreateReadyClientAsync();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml");

        using var allowed = await client.GetAsync(new Uri("/api/posts", UriKind.Relative));
        using var limited = await client.GetAsync(new Uri("/api/posts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        await HttpAssert.AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.Contains("Retry-After"));
    }

    /// <summary>
    /// A GET through HttpClient. A NUL in the path is sent raw instead: Kestrel refuses it with its own 400 before the app
    /// runs, and TestServer's client cannot send it at all.
    /// </summary>
    private static HostileRequest Get(string target) =>
        new(HttpMethod.Get, target, Raw: target.Split('?')[0].Contains("%00", StringComparison.Ordinal));

    /// <summary>Sent straight to the host, past HttpClient's URI clean-up: the path arrives with its dot segments as written.</summary>
    private static HostileRequest Raw(string target) => new(HttpMethod.Get, target, Raw: true);

    /// <summary>Sends every request and fails with the list of every answer that broke a rule; returns the answers.</summary>
    private async Task<IReadOnlyList<Answer>> AssertWellBehavedAsync(IEnumerable<HostileRequest> requests)
    {
        using var client = await journal.Factory.CreateReadyClientAsync();
        var answers = new List<Answer>();
        foreach (var request in requests)
        {
            answers.Add(request.Raw ? await SendRawAsync(request) : await SendAsync(client, request));
        }

        var broken = answers.Select(a => (a, Problem: Check(a))).Where(x => x.Problem is not null)
            .Select(x => $"{Shorten(x.a.Request)} -> {x.a.Status} {x.a.MediaType}: {x.Problem}").ToList();
        Assert.True(broken.Count == 0, $"{broken.Count} of {answers.Count} answers broke a rule:\n" + string.Join('\n', broken.Take(40)));
        return answers;
    }

    private static async Task<Answer> SendAsync(HttpClient client, HostileRequest request)
    {
        using var message = new HttpRequestMessage(request.Method, new Uri(request.Target, UriKind.Relative));
        if (request.Accept is { } accept)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.SendAsync(message);
        return new Answer(request.Describe(), (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            await response.Content.ReadAsStringAsync(), request.Method == HttpMethod.Head);
    }

    private async Task<Answer> SendRawAsync(HostileRequest request)
    {
        var queryAt = request.Target.IndexOf('?', StringComparison.Ordinal);
        var context = await journal.Factory.Server.SendAsync(c =>
        {
            c.Request.Method = request.Method.Method;
            c.Request.Path = new PathString(queryAt < 0 ? request.Target : request.Target[..queryAt]);
            c.Request.QueryString = queryAt < 0 ? QueryString.Empty : new QueryString(request.Target[queryAt..]);
        });
        using var reader = new StreamReader(context.Response.Body, Encoding.UTF8);
        var mediaType = context.Response.ContentType?.Split(';')[0].Trim();
        return new Answer(request.Describe(), context.Response.StatusCode, mediaType, await reader.ReadToEndAsync(), false);
    }

    /// <summary>What is wrong with an answer, or null when it is a normal page or a proper problem.</summary>
    private static string? Check(Answer answer)
    {
        if (answer.Status >= 500)
        {
            return "a server error";
        }

        if (answer.Body.Contains("   at ", StringComparison.Ordinal) || answer.Body.Contains("Exception", StringComparison.Ordinal))
        {
            return "a stack trace or exception in the body";
        }

        if (answer.Status >= 400)
        {
            return answer.MediaType != "application/problem+json" ? "an error that is not problem+json"
                : answer.IsHead ? null
                : ProblemStatus(answer.Body) != answer.Status ? "a problem body whose status does not match" : null;
        }

        return answer.Status is >= 300 and < 400 || answer.IsHead ? null : NotANormalPage(answer);
    }

    private static string? NotANormalPage(Answer answer)
    {
        try
        {
            switch (answer.MediaType)
            {
                case "application/json" or "application/feed+json":
                    using (var document = JsonDocument.Parse(answer.Body))
                    {
                        var isList = answer.Request.StartsWith("GET /api/posts?", StringComparison.Ordinal) ||
                            answer.Request == "GET /api/posts";
                        return !isList || (document.RootElement.GetProperty("items").ValueKind == JsonValueKind.Array &&
                            document.RootElement.GetProperty("totalItems").GetInt32() >= 0) ? null : "a list without items";
                    }

                case "application/atom+xml" or "application/rss+xml" or "application/xml" or "text/xml":
                    _ = XDocument.Parse(answer.Body);
                    return null;
                case "text/html" when answer.Request.Contains("/swagger", StringComparison.Ordinal):
                    return null;
                default:
                    return $"an unexpected content type for a 2xx";
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or System.Xml.XmlException or InvalidOperationException)
        {
            return $"a 2xx body that does not parse ({e.GetType().Name})";
        }
    }

    private static int? ProblemStatus(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("status", out var status) && status.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length > 120 ? text[..117] + "..." : text;

    private sealed record HostileRequest(HttpMethod Method, string Target, string? Accept = null, bool Raw = false)
    {
        public string Describe() => $"{Method} {Target}" + (Accept is null ? "" : $" (Accept: {Accept})") + (Raw ? " (raw)" : "");
    }

    private sealed record Answer(string Request, int Status, string? MediaType, string Body, bool IsHead);
}
