using System.Net;
using System.Net.Sockets;

namespace JournalApi.Tests.Protection;

/// <summary>
/// Event streams hold a connection each for as long as they live: one client may hold a few (429 beyond), the server
/// a bounded number (503 beyond), both with Retry-After; connections beyond the cap are closed by Kestrel while the
/// process keeps answering. Real Kestrel on loopback: TestServer has no connections to count.
/// </summary>
public sealed class EventStreamLimitTests
{
    [Fact]
    public async Task AClientOverItsStreamsGets429WithRetryAfterWhileAnotherClientStillGetsOne()
    {
        using var factory = new JournalApiFactory().WithSetting("Limits:StreamsPerClient", "2");
        var server = await factory.StartOnLoopbackAsync();
        using var client = LoopbackClient.From(server);
        using var other = LoopbackClient.From(server, lastOctet: 2);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var first = await client.OpenStreamAsync(timeout.Token);
        using var second = await client.OpenStreamAsync(timeout.Token);
        using var third = await client.OpenStreamAsync(timeout.Token);
        using var elsewhere = await other.OpenStreamAsync(timeout.Token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await HttpAssert.AssertProblemAsync(third, HttpStatusCode.TooManyRequests);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task StreamsBeyondTheServersCapGet503WithRetryAfterAndAClosedStreamFreesItsPlace()
    {
        using var factory = new JournalApiFactory().WithSetting("Limits:MaxStreams", "2");
        var server = await factory.StartOnLoopbackAsync();
        using var one = LoopbackClient.From(server, lastOctet: 1);
        using var two = LoopbackClient.From(server, lastOctet: 2);
        using var three = LoopbackClient.From(server, lastOctet: 3);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var first = await one.OpenStreamAsync(timeout.Token);
        using var second = await two.OpenStreamAsync(timeout.Token);
        using var refused = await three.OpenStreamAsync(timeout.Token);
        using var ordinary = await three.GetAsync(new Uri("/api/tags", UriKind.Relative), timeout.Token);
        first.Dispose();
        one.Dispose();
        var admitted = await RetryUntilAsync(() => three.OpenStreamAsync(timeout.Token), r => r.StatusCode == HttpStatusCode.OK, timeout.Token);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await HttpAssert.AssertProblemAsync(refused, HttpStatusCode.ServiceUnavailable);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, ordinary.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        admitted.Dispose();
    }

    [Fact]
    public async Task EventStreamsSpendRateLimitTokensLikeAnyRequest()
    {
        using var factory = new JournalApiFactory().WithSetting("RateLimit:Enabled", "true").WithSetting("RateLimit:Burst", "1")
            .WithSetting("RateLimit:PerSecond", "1");
        using var client = LoopbackClient.From(await factory.StartOnLoopbackAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var page = await client.GetAsync(new Uri("/api/tags", UriKind.Relative), timeout.Token);
        using var stream = await client.OpenStreamAsync(timeout.Token);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await HttpAssert.AssertProblemAsync(stream, HttpStatusCode.TooManyRequests);
        Assert.Equal("1", Assert.Single(stream.Headers.GetValues("RateLimit-Limit")));
        Assert.Equal("0", Assert.Single(stream.Headers.GetValues("RateLimit-Remaining")));
        Assert.Equal(Assert.Single(stream.Headers.GetValues("Retry-After")), Assert.Single(stream.Headers.GetValues("RateLimit-Reset")));
    }

    [Fact]
    public async Task ConnectionsBeyondTheCapAreClosedAndTheServerAnswersAgainOnceOneIsFreed()
    {
        using var factory = new JournalApiFactory().WithSetting("Limits:MaxConnections", "4");
        var server = await factory.StartOnLoopbackAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var idle = new List<Socket>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                idle.Add(await ConnectAsync(server, timeout.Token));
            }

            // Kestrel counts a connection once it has accepted it: wait until a fifth one is turned away.
            var refused = await RetryUntilAsync(() => ExchangeAsync(server, timeout.Token), answer => answer.Length == 0, timeout.Token);
            idle[0].Dispose();
            var answered = await RetryUntilAsync(() => ExchangeAsync(server, timeout.Token), answer => answer.Length > 0, timeout.Token);

            Assert.Equal("", refused);
            Assert.StartsWith("HTTP/1.1 200 OK", answered, StringComparison.Ordinal);
        }
        finally
        {
            idle.ForEach(s => s.Dispose());
        }
    }

    private static async Task<Socket> ConnectAsync(Uri server, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(IPAddress.Loopback, server.Port, cancellationToken);
        return socket;
    }

    /// <summary>One GET on a new connection: what came back before the server closed it, or "" when it answered nothing.</summary>
    private static async Task<string> ExchangeAsync(Uri server, CancellationToken cancellationToken)
    {
        using var socket = await ConnectAsync(server, cancellationToken);
        try
        {
            await socket.SendAsync("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"u8.ToArray(), cancellationToken);
            var buffer = new byte[4096];
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, received);
        }
        catch (SocketException)
        {
            return "";
        }
    }

    private static async Task<T> RetryUntilAsync<T>(Func<Task<T>> attempt, Func<T, bool> done, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await attempt();
            if (done(result))
            {
                return result;
            }

            (result as IDisposable)?.Dispose();
            await Task.Delay(50, cancellationToken);
        }
    }
}
