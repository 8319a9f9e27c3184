using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using JournalApi.Content.Loading;
using JournalApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

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
    public static IEndpointRouteBuilder MapChanges(this IEndpointRouteBuilder app)
    {
        var changes = app.MapGroup("/api/changes").WithTags("Changes").RequireContent();

        changes.MapGet("/", GetChanges)
            .WithName("GetChanges")
            .WithSummary("The content version, or what changed since one")
            .WithDescription("Without 'since': { version }, the current snapshot version (also sent on every answer as X-Content-Version). " +
                "With 'since': the slugs added, updated and removed since that version. A version too old to remember answers 410.")
            .ProducesProblem(StatusCodes.Status410Gone);

        changes.MapGet("/stream", StreamVersions)
            .WithName("StreamChanges")
            .WithSummary("A live stream of content versions (Server-Sent Events)")
            .WithDescription("text/event-stream: one event of type 'version' whose data is the new version, each time the content changes; " +
                "the current version is sent first.");

        return app;
    }

    private static Results<Ok<ChangesResponse>, ProblemHttpResult> GetChanges(
        [Description("A version from an earlier answer (X-Content-Version or this endpoint).")] string? since, ContentStore store,
        HttpContext http)
    {
        var current = store.PublicFor(http)!.Version;
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

    private static ServerSentEventsResult<string> StreamVersions(ContentStore store, CancellationToken cancellationToken) =>
        TypedResults.ServerSentEvents(Versions(store, cancellationToken), eventType: "version");

    private static async IAsyncEnumerable<string> Versions(ContentStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var snapshot in store.CurrentAndChangesAsync(cancellationToken))
        {
            yield return snapshot.Version;
        }
    }
}
