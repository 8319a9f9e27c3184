using System.ComponentModel;
using FluentValidation;
using JournalApi.Content.Indexing;
using JournalApi.Content.Loading;
using JournalApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JournalApi.Posts;

/// <summary><c>/api/posts</c>: filtered pages of summaries, and single posts with their HTML.</summary>
public static class PostsApi
{
    public static string UrlOf(string slug) => $"/api/posts/{Uri.EscapeDataString(slug)}";

    public static IEndpointRouteBuilder MapPosts(this IEndpointRouteBuilder app)
    {
        var posts = app.MapGroup("/api/posts").WithTags("Posts").RequireContent();

        posts.MapGet("/", ListPosts)
            .WithName("ListPosts")
            .WithSummary("List posts, filtered by tag, emotion and date")
            .WithDescription("A page of post summaries, newest first unless 'sort' says otherwise. Filters combine: " +
                "?emotion=grief&tag=connection&year=2025 answers the posts about grief tagged connection in 2025. " +
                "The total is also sent as X-Total-Count, and an RFC 8288 Link header points to the first, previous, next and last pages.")
            .ProducesValidationProblem();

        posts.MapGet("/{slug}", GetPost)
            .WithName("GetPost")
            .WithSummary("Get one post with its HTML")
            .WithDescription("The post with this slug: its summary, its body rendered to safe HTML, and the previous and next posts by date.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    private static Results<Ok<PostPageResponse>, ValidationProblem> ListPosts(
        [AsParameters] PostListRequest request, IValidator<PostListRequest> validator, ContentStore store, HttpContext http)
    {
        var validation = validator.Validate(request);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.ToDictionary());
        }

        var query = request.ToQuery();
        var page = store.SnapshotFor(http).Query(query);
        var totalPages = (int)Math.Ceiling(page.TotalItems / (double)query.PageSize);
        PagingHeaders.Write(http, query.Page, totalPages, page.TotalItems);
        return TypedResults.Ok(new PostPageResponse([.. page.Items.Select(PostSummary.From)], query.Page, query.PageSize, page.TotalItems, totalPages));
    }

    private static Results<Ok<PostDetail>, ProblemHttpResult> GetPost(
        [Description("The post's slug, e.g. the-pain-of-reaching-out.")] string slug, ContentStore store, HttpContext http)
    {
        var snapshot = store.SnapshotFor(http);
        if (snapshot.Find(slug) is not { } post)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such post",
                detail: $"No post has the slug '{slug}'.");
        }

        var (older, newer) = snapshot.Neighbours(post);
        return TypedResults.Ok(new PostDetail(post, older, newer));
    }
}
