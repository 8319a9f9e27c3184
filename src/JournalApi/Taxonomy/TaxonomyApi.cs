using JournalApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JournalApi.Taxonomy;

/// <summary><c>/api/tags</c>, <c>/api/categories</c> and <c>/api/archive</c>: what the journal is about, and when.</summary>
public static class TaxonomyApi
{
    public static IEndpointRouteBuilder MapTaxonomy(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Taxonomy").RequireContent();

        api.MapGet("/tags", ListTags)
            .WithName("ListTags")
            .WithSummary("List every tag")
            .WithDescription("Every tag with the number of posts that carry it and the date of the latest, most used first.");

        api.MapGet("/categories", ListCategories)
            .WithName("ListCategories")
            .WithSummary("List every category")
            .WithDescription("Every category (front matter categories, or Jekyll's folders above _posts) with the number of posts in it " +
                "and the date of the latest, most used first.");

        api.MapGet("/archive", GetArchive)
            .WithName("GetArchive")
            .WithSummary("Count posts by year and month")
            .WithDescription("How many posts each year and each month has, latest first: what an archive sidebar shows.");

        return app;
    }

    private static Ok<TermUsage[]> ListTags(HttpContext http) =>
        TypedResults.Ok(http.Chosen().Snapshot.Tags.Select(TermUsage.From).ToArray());

    private static Ok<TermUsage[]> ListCategories(HttpContext http) =>
        TypedResults.Ok(http.Chosen().Snapshot.Categories.Select(TermUsage.From).ToArray());

    private static Ok<ArchiveResponse> GetArchive(HttpContext http) =>
        TypedResults.Ok(new ArchiveResponse([.. http.Chosen().Snapshot.Archive.Select(y =>
            new ArchiveYear(y.Year, y.Count, [.. y.Months.Select(m => new ArchiveMonth(m.Month, m.Count))]))]));
}
