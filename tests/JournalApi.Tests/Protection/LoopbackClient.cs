using System.Net;
using System.Net.Sockets;

namespace JournalApi.Tests.Protection;

/// <summary>
/// Clients of a host served on Kestrel at 127.0.0.1 (<see cref="JournalApiFactory.StartOnLoopbackAsync"/>), each from a
/// source address of its own in 127.0.0.0/8 (all of it is loopback on Linux), so that one test can be several clients.
/// </summary>
internal static class LoopbackClient
{
    public static HttpClient From(Uri server, int lastOctet = 1) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.Zero,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(new IPAddress([127, 0, 0, (byte)lastOctet]), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        {
            BaseAddress = server,
        };

    /// <summary>Opens the event stream and returns the answer once its headers are in (the body keeps streaming).</summary>
    public static async Task<HttpResponseMessage> OpenStreamAsync(this HttpClient client, CancellationToken cancellationToken, string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/changes/stream", UriKind.Relative));
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }
}
