using System.ComponentModel;
using System.Globalization;
using FluentValidation;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Loading;
using JournalApi.Http;
using JournalApi.OpenApi;
using JournalApi.Posts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JournalApi.Emotions;

/// <summary><c>/api/emotions</c>: the vocabulary as a tree with counts, one emotion in depth, and the emotional timeline.</summary>
public static class EmotionsApi
{
    private static readonly Dictionary<string, TimelineInterval> Intervals = new(StringComparer.Ordinal)
    {
        ["week"] = TimelineInterval.Week,
        ["month"] = TimelineInterval.Month,
        ["year"] = TimelineInterval.Year,
    };

    public static IEndpointRouteBuilder MapEmotions(this IEndpointRouteBuilder app)
    {
        var emotions = app.MapGroup("/api/emotions").WithTags("Emotions").RequireContent();

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

    private static Ok<EmotionUsage[]> ListEmotions(ContentStore store, HttpContext http) =>
        TypedResults.Ok(store.SnapshotFor(http).EmotionTree.Select(EmotionUsage.From).ToArray());

    private static Results<Ok<EmotionResponse>, ProblemHttpResult> GetEmotion(
        [Description("The emotion or one of its aliases, e.g. grief.")] string name, ContentStore store, HttpContext http) =>
        store.SnapshotFor(http).DescribeEmotion(name.ToLowerInvariant()) is { } detail
            ? TypedResults.Ok(EmotionResponse.From(detail))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such emotion",
                detail: $"No entry carries the emotion '{name}' and emotions.yml does not declare it.");

    private static Results<Ok<TimelineResponse>, ValidationProblem> GetTimeline(
        [AsParameters] FilterRequest filters,
        [Description("The size of a bucket: week (from Monday), month (default) or year.")]
        [ParameterSchema("string", Values = ["week", "month", "year"], Example = "month")] string? interval,
        IValidator<FilterRequest> validator, ContentStore store, HttpContext http)
    {
        var snapshot = store.SnapshotFor(http);
        var errors = SearchBinding.Check(filters, validator, snapshot, out var search);
        if (!Intervals.TryGetValue(interval ?? "month", out var size))
        {
            errors["interval"] = [$"'{interval}' is not an interval; use week, month or year (lower-case)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var buckets = snapshot.Timeline(filters.ToFilters(search), size);
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
