using System.ComponentModel;
using System.Globalization;
using JournalApi.Content.Snapshots;
using JournalApi.Http;
using JournalApi.Posts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JournalApi.Emotions;

/// <summary><c>/api/emotions</c>: the vocabulary as a tree with counts, one emotion in depth, and the emotional timeline.</summary>
public static class EmotionsApi
{
    public static IEndpointRouteBuilder MapEmotions(this IEndpointRouteBuilder app)
    {
        var emotions = app.MapGroup("/api/emotions").WithTags("Emotions").RequireContent().ValidateRequests();

        emotions.MapGet("/", ListEmotions)
            .WithName("ListEmotions")
            .WithSummary("List every emotion, as a tree with counts")
            .WithDescription("Every emotion declared in emotions.yml or written in an entry, with its parent and children, the posts that carry it " +
                "(count) and that carry it or a descendant (totalCount), most used first.");

        emotions.MapGet("/timeline", GetTimeline)
            .WithName("GetEmotionTimeline")
            .WithSummary("Count emotions by week, month or year")
            .WithDescription("For a mood chart: every bucket from the first to the last day (the range given by from/to, else the posts'), zero-filled, " +
                "with the posts per emotion in each. Takes the filters of GET /api/posts.")
            .ProducesValidationProblem();

        emotions.MapGet("/{name}", GetEmotion)
            .WithName("GetEmotion")
            .WithSummary("Describe one emotion")
            .WithDescription("The emotion (by name or alias) with its parent, children, aliases, description, count, first and latest dates, " +
                "and the emotions and tags most often written beside it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    private static Ok<EmotionUsage[]> ListEmotions(HttpContext http) =>
        TypedResults.Ok(http.Chosen().Snapshot.EmotionTree.Select(EmotionUsage.From).ToArray());

    private static Results<Ok<EmotionResponse>, ProblemHttpResult> GetEmotion(
        [Description("The emotion or one of its aliases, e.g. grief.")] string name, HttpContext http) =>
        http.Chosen().Snapshot.DescribeEmotion(name.ToLowerInvariant()) is { } detail
            ? TypedResults.Ok(EmotionResponse.From(detail))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such emotion",
                detail: $"No entry carries the emotion '{name}' and emotions.yml does not declare it.");

    private static Results<Ok<TimelineResponse>, ValidationProblem> GetTimeline(
        [AsParameters] FilterRequest filters, [AsParameters] TimelineIntervalRequest interval, HttpContext http)
    {
        var chosen = http.Chosen();
        var (snapshot, size) = (chosen.Snapshot, interval.Size);
        var buckets = snapshot.Timeline(filters.ToFilters(chosen.Search), size);
        if (buckets is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["interval"] = [$"The range holds more than {ContentSnapshot.MaxTimelineBuckets} {size.ToString().ToLowerInvariant()}s; narrow 'from'/'to' or choose a larger interval."],
            });
        }

        return TypedResults.Ok(new TimelineResponse(size.ToString().ToLowerInvariant(), [.. buckets.Select(b => new TimelineBucketResponse(
            b.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), b.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), b.Counts))],
            FilterNotice.For(filters, snapshot)));
    }
}
