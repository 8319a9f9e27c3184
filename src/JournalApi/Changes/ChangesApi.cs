using System.ComponentModel;
using System.Text.Json.Serialization;
using JournalApi.Content.Loading;
using JournalApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JournalApi.Changes;

/// <summary>The current version; with 'since', also what changed.</summary>
public sealed record ChangesResponse(
    [property: Description("The current content version.")] string Version,
    [property: Description("Slugs served now that were not served at 'since'; only with 'since'.")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Added = null,
    [property: Description("Slugs whose file changed since 'since'; only with 'since'.")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Updated = null,
    [property: Description("Slugs served at 'since' that are gone; only with 'since'.")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Removed = null);

/// <summary><c>/api/changes</c>: what changed since a version, and a live stream of new versions, so a frontend can refresh.</summary>
public static class ChangesApi
{
    private const string RetryAfterSeconds = "30";

    public static IEndpointRouteBuilder MapChanges(this IEndpointRouteBuilder app)
    {
        var changes = app.MapGroup("/api/changes").WithTags("Changes").RequireContent();

        changes.MapGet("/", GetChanges)
            .WithName("GetChanges")
            .WithSummary("The content version, or what changed since one")
            .WithDescription("Without 'since': { version }, the current snapshot version (also sent on every answer as X-Content-Version). " +
                "With 'since': the slugs added, updated and removed since that version. A version too old to remember answers 410.")
            .ProducesValidationProblem(StatusCodes.Status410Gone);

        changes.MapGet("/stream", StreamVersions)
            .WithName("StreamChanges")
            .WithSummary("A live stream of content versions (Server-Sent Events)")
            .WithDescription("text/event-stream. First 'retry:' advice, then the current version as an event of type 'version' " +
                "(or, when the request carries Last-Event-ID, a 'changes' event whose data is { version, added, updated, removed } " +
                "since that version, or 'reset' with the current version when that one is no longer remembered), then one 'version' " +
                "event per change. Every event's id is the content version it speaks of; a comment line is sent as keep-alive while " +
                "nothing changes. A stream ends after Limits:StreamLifetimeSeconds, and at once when the server stops, with a last " +
                "'reconnect' event. A client address holds at most Limits:StreamsPerClient streams (429 beyond) and the server " +
                "Limits:MaxStreams (503 beyond), both with Retry-After.")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream");

        return app;
    }

    private static Results<Ok<ChangesResponse>, ProblemHttpResult> GetChanges(
        [Description("A version from an earlier answer (X-Content-Version or this endpoint).")] string? since, ContentStore store,
        HttpContext http)
    {
        var current = http.Chosen().Public.Version;
        if (since is null)
        {
            return TypedResults.Ok(new ChangesResponse(current));
        }

        return store.ChangesSince(since) is { } changes
            ? TypedResults.Ok(new ChangesResponse(changes.Version, changes.Added, changes.Updated, changes.Removed))
            : TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "Version not remembered",
                detail: $"The version '{since}' is unknown or too old; fetch the lists again and use the current version '{current}'.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["since"] = [$"'{since}' is not a remembered version."] } });
    }

    private static async Task<IResult> StreamVersions(
        [Description("The id of the last event received; the stream then starts with what changed since.")]
        [FromHeader(Name = ChangeEvents.LastEventIdHeader)] string? lastEventId,
        StreamLimiter limiter, ChangeEvents stream, HttpContext http)
    {
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var admission = limiter.TryEnter(client);
        if (admission != StreamAdmission.Admitted)
        {
            return StreamRefused(http, admission);
        }

        try
        {
            await stream.WriteAsync(http, lastEventId);
            return TypedResults.Empty;
        }
        finally
        {
            limiter.Leave(client);
        }
    }

    private static ProblemHttpResult StreamRefused(HttpContext http, StreamAdmission admission)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        return admission == StreamAdmission.ClientFull
            ? TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many streams",
                detail: "This address holds as many event streams as one client may; close one, or try again later.")
            : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Too many streams",
                detail: "The server holds as many event streams as it can; try again later.");
    }
}
