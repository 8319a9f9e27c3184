using System.Globalization;
using System.Text;
using System.Text.Json;
using JournalApi.Configuration;
using JournalApi.Content.Loading;
using JournalApi.Http;
using Microsoft.Extensions.Options;

namespace JournalApi.Changes;

/// <summary>
/// Writes one client's Server-Sent Events: <c>retry:</c> advice, then what the client missed (its <c>Last-Event-ID</c>
/// answered with a <c>changes</c> event, or <c>reset</c> when that version is forgotten) or the current <c>version</c>,
/// then a <c>version</c> event per change, each with <c>id:</c> the version, and a comment line whenever it has been
/// quiet for the keep-alive interval. It ends after the configured lifetime, and at once when the host stops, with a
/// last <c>reconnect</c> event, so that a stream never holds up shutdown.
/// </summary>
public sealed class ChangeEvents(ContentStore store, IOptions<LimitsOptions> options, IHostApplicationLifetime lifetime)
{
    public const string LastEventIdHeader = "Last-Event-ID";

    public async Task WriteAsync(HttpContext http, string? lastEventId)
    {
        var limits = options.Value;
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        ending.CancelAfter(TimeSpan.FromSeconds(limits.StreamLifetimeSeconds));
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        // Proxies that buffer (nginx) would otherwise hold events back.
        response.Headers["X-Accel-Buffering"] = "no";
        await SendAsync(response, $"retry: {limits.StreamRetryMilliseconds.ToString(CultureInfo.InvariantCulture)}\n\n");

        var json = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var keepAlive = TimeSpan.FromSeconds(limits.StreamKeepAliveSeconds);
        var first = true;
        var versions = store.CurrentAndChangesAsync(ending.Token).GetAsyncEnumerator(ending.Token);
        var next = versions.MoveNextAsync().AsTask();
        try
        {
            while (true)
            {
                if (await Task.WhenAny(next, Task.Delay(keepAlive, ending.Token)) != next)
                {
                    ending.Token.ThrowIfCancellationRequested();
                    await SendAsync(response, ": keep-alive\n\n");
                    continue;
                }

                if (!await next)
                {
                    break;
                }

                var version = versions.Current.Version;
                var answer = first && !string.IsNullOrEmpty(lastEventId) ? Resume(lastEventId!, version, json) : Event("version", version, version);
                first = false;
                if (answer is not null)
                {
                    await SendAsync(response, answer);
                }

                next = versions.MoveNextAsync().AsTask();
            }
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            var reason = lifetime.ApplicationStopping.IsCancellationRequested ? "shutting-down" : "lifetime-ended";
            await SendAsync(response, Event("reconnect", null, reason));
        }
        finally
        {
            // An async iterator may only be disposed once its pending step has finished, which cancelling makes it do.
            await ending.CancelAsync();
            await next.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            await versions.DisposeAsync();
        }
    }

    /// <summary>What a reconnecting client missed since <paramref name="lastEventId"/>; nothing when it missed nothing.</summary>
    private string? Resume(string lastEventId, string current, JsonSerializerOptions json)
    {
        if (lastEventId == current)
        {
            return null;
        }

        if (store.ChangesSince(lastEventId) is not { } changes)
        {
            return Event("reset", current, current);
        }

        var body = JsonSerializer.Serialize(new ChangesResponse(changes.Version, changes.Added, changes.Updated, changes.Removed),
            json.GetTypeInfo(typeof(ChangesResponse)));
        return Event("changes", changes.Version, body);
    }

    private static string Event(string type, string? id, string data)
    {
        var text = new StringBuilder();
        if (id is not null)
        {
            text.Append("id: ").Append(id).Append('\n');
        }

        return text.Append("event: ").Append(type).Append('\n').Append("data: ").Append(data).Append("\n\n").ToString();
    }

    private static async Task SendAsync(HttpResponse response, string text)
    {
        // Written without the request's token: the last event must still go out while the host is stopping.
        await response.WriteAsync(text, CancellationToken.None);
        await response.Body.FlushAsync(CancellationToken.None);
    }
}
