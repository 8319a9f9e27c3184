using System.ComponentModel;
using JournalApi.Content.Loading;
using JournalApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JournalApi.Health;

/// <summary>Readiness: the content is loaded and every entry is queryable.</summary>
public sealed record ReadyResponse(
    [property: Description("'ready', or 'degraded' while re-reading the content folder fails (the last snapshot is still served).")] string Status,
    [property: Description("Posts being served.")] int Posts,
    [property: Description("Files with errors (not served).")] int Errors,
    [property: Description("Warnings (the files are served).")] int Warnings,
    [property: Description("The content version: a hash of what is served.")] string Version,
    [property: Description("While degraded: when re-reading the content folder began to fail; otherwise null.")] DateTimeOffset? DegradedSince = null,
    [property: Description("While degraded: what failed, for operators; otherwise null.")] string? Problem = null);

/// <summary>Liveness.</summary>
public sealed record LiveResponse([property: Description("Always 'live'.")] string Status);

/// <summary><c>/health/live</c> and <c>/health/ready</c>, for orchestrators and load balancers.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("Health");

        health.MapGet("/live", () => TypedResults.Ok(new LiveResponse("live")))
            .WithName("GetLiveness")
            .WithSummary("Is the process up?")
            .WithDescription("200 as soon as the process serves HTTP, whatever the content.");

        health.MapGet("/ready", GetReadiness)
            .WithName("GetReadiness")
            .WithSummary("Is the content loaded?")
            .WithDescription("503 until the first load of the content folder completes, then 200 with post and diagnostic counts. " +
                "Files with errors do not make a replica unready. While re-reading the folder fails, the answer stays 200 (the last " +
                "snapshot is served) with status 'degraded', since when, and what failed.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    private static Results<Ok<ReadyResponse>, ProblemHttpResult> GetReadiness(ContentStore store, HttpContext http) =>
        SnapshotSelection.Choose(http)?.Public is { } snapshot
            ? TypedResults.Ok(store.Fault is { } fault
                ? new ReadyResponse("degraded", snapshot.Posts.Count, snapshot.ErrorCount, snapshot.WarningCount, snapshot.Version, fault.Since, fault.Reason)
                : new ReadyResponse("ready", snapshot.Posts.Count, snapshot.ErrorCount, snapshot.WarningCount, snapshot.Version))
            : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Content is loading",
                detail: store.Fault is { } failing
                    ? $"The first load of the content folder has failed since {failing.Since:yyyy-MM-dd'T'HH:mm:ss'Z'}: {failing.Reason}"
                    : "The first load of the content folder has not completed yet.");
}
