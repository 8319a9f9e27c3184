using System.ComponentModel;
using JournalApi.Configuration;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Model;
using JournalApi.Http;
using JournalApi.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace JournalApi.Posts;

/// <summary><c>/api/posts</c>: filtered pages of summaries, and single posts with their HTML.</summary>
public static class PostsApi
{
    public static string UrlOf(string slug) => $"/api/posts/{Uri.EscapeDataString(slug)}";

    public static IEndpointRouteBuilder MapPosts(this IEndpointRouteBuilder app)
    {
        var posts = app.MapGroup("/api/posts").WithTags("Posts").RequireContent().ValidateRequests();

        posts.MapGet("/", ListPosts)
            .WithName("ListPosts")
            .WithSummary("List or search posts, filtered by tag, emotion and date")
            .WithDescription("A page of post summaries, newest first unless 'sort' says otherwise (best match first with q). Filters combine: " +
                "?q=reaching&emotion=grief&tag=connection&year=2025 searches the posts about grief tagged connection in 2025. " +
                "With q each item carries highlights. Facets count tags, emotions and years over every matching post, not just the page. " +
                "The total is also sent as X-Total-Count, and an RFC 8288 Link header points to the first, previous, next and last pages (no last when nothing matches). " +
                "A tag or emotion that no post carries is not an error: the answer is 200 and 'notices' names it with the nearest known one.")
            .ProducesValidationProblem();

        posts.MapGet("/on-this-day", OnThisDay)
            .WithName("ListPostsOnThisDay")
            .WithSummary("List posts written on this calendar day in earlier years")
            .WithDescription("Posts whose date falls on the given month and day (default: today) in a year before this one, newest first.")
            .ProducesValidationProblem();

        posts.MapGet("/by-url", GetPostByUrl)
            .WithName("GetPostByUrl")
            .WithSummary("Find a post by its page or an old address")
            .WithDescription("The post whose pageUrl, or one of whose aliases (redirect_from, aliases), is the given path, so that a frontend " +
                "replacing a Jekyll or Hugo site keeps old links working: /2013/09/06/old-name/, /2013/09/06/old-name and " +
                "/2013/09/06/old-name.html are the same page; a query or fragment is ignored. The answer is the post as GET /api/posts/{slug} gives it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        posts.MapGet("/{slug}", GetPost)
            .WithName("GetPost")
            .WithSummary("Get one post with its HTML")
            .WithDescription("The post with this slug: its summary, its body rendered to safe HTML, and the previous and next posts by date. " +
                "With filters (the same as the list's: /api/posts/{slug}?emotion=grief), previous and next walk through the matching posts only.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        posts.MapGet("/{slug}/related", GetRelated)
            .WithName("GetRelatedPosts")
            .WithSummary("List the posts most like one post")
            .WithDescription("Other posts scored by the tags and emotions they share with this one (rarer values weigh more) and by " +
                "how alike their words are; best first, never the post itself, equal scores newest first. Each item says what it shares.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    private static Results<Ok<PostPageResponse>, ValidationProblem> ListPosts([AsParameters] PostListRequest request, [AsParameters] FilterRequest filters,
        HttpContext http)
    {
        var chosen = http.Chosen();
        return TypedResults.Ok(Page(chosen.Snapshot, request.ToQuery(filters, chosen.Search), http, FilterNotice.For(filters, chosen.Snapshot)));
    }

    private static Results<Ok<PostPageResponse>, ValidationProblem> OnThisDay([AsParameters] OnThisDayRequest request, TimeProvider clock, HttpContext http) =>
        TypedResults.Ok(Page(http.Chosen().Snapshot, request.ToQuery(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), http, []));

    /// <summary>Runs a query and shapes the page, with X-Total-Count and the Link header.</summary>
    private static PostPageResponse Page(ContentSnapshot snapshot, PostQuery query, HttpContext http, IReadOnlyList<FilterNotice> notices)
    {
        var page = snapshot.Query(query);
        var totalPages = (int)Math.Ceiling(page.TotalItems / (double)query.PageSize);
        PagingHeaders.Write(http, query.Page, totalPages, page.TotalItems);
        var items = page.Items.Select((post, i) => new PostListItem(post, page.Highlights?[i]));
        return new PostPageResponse([.. items], query.Page, query.PageSize, page.TotalItems, totalPages,
            FacetsResponse.From(page.Facets ?? throw new InvalidOperationException("A list query asks for facets.")), notices);
    }

    private static Results<Ok<PostDetail>, ValidationProblem, ProblemHttpResult> GetPost(
        [Description("The post's slug, e.g. the-call-that-never-came.")] string slug, [AsParameters] FilterRequest filters, HttpContext http)
    {
        var chosen = http.Chosen();
        if (chosen.Snapshot.Find(slug) is not { } post)
        {
            return NoSuchPost(slug);
        }

        var (previous, next) = filters.HasFilters ? chosen.Snapshot.Neighbours(post, filters.ToFilters(chosen.Search)) : chosen.Snapshot.Neighbours(post);
        return TypedResults.Ok(Detail(post, previous, next, http));
    }

    /// <summary>The post with its links to media and to other posts absolute (Site:BaseUrl, else the request's host).</summary>
    private static PostDetail Detail(Post post, Post? older, Post? newer, HttpContext http)
    {
        var detail = new PostDetail(post, older, newer);
        var home = PublicAddress.Home(http.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value, http);
        return detail with { Html = PublicAddress.Absolute(detail.Html, home) };
    }

    private static Results<Ok<PostDetail>, ValidationProblem, ProblemHttpResult> GetPostByUrl([AsParameters] PostByUrlRequest request, HttpContext http)
    {
        var snapshot = http.Chosen().Snapshot;
        if (snapshot.FindByUrl(request.Path!) is not { } post)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such page",
                detail: $"No post has the page or alias '{request.Path}'.");
        }

        var (previous, next) = snapshot.Neighbours(post);
        return TypedResults.Ok(new PostDetail(post, previous, next));
    }

    private static Results<Ok<RelatedPostsResponse>, ValidationProblem, ProblemHttpResult> GetRelated(
        [Description("The post's slug, e.g. the-call-that-never-came.")] string slug, [AsParameters] RelatedPostsRequest request, HttpContext http)
    {
        var snapshot = http.Chosen().Snapshot;
        return snapshot.Find(slug) is { } post
            ? TypedResults.Ok(new RelatedPostsResponse([.. snapshot.Related(post, request.Count).Select(r => new RelatedPostItem(r))]))
            : NoSuchPost(slug);
    }

    private static ProblemHttpResult NoSuchPost(string slug) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such post", detail: $"No post has the slug '{slug}'.");
}
