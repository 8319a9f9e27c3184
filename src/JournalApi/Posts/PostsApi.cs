using System.ComponentModel;
using System.Globalization;
using FluentValidation;
using JournalApi.Configuration;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Http;
using JournalApi.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace JournalApi.Posts;

/// <summary><c>/api/posts</c>: filtered pages of summaries, and single posts with their HTML.</summary>
public static class PostsApi
{
    public const int MaxRelated = 50;
    public const int MaxPathLength = 2000;

    public static string UrlOf(string slug) => $"/api/posts/{Uri.EscapeDataString(slug)}";

    public static IEndpointRouteBuilder MapPosts(this IEndpointRouteBuilder app)
    {
        var posts = app.MapGroup("/api/posts").WithTags("Posts").RequireContent();

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

    private static Results<Ok<PostPageResponse>, ValidationProblem> ListPosts(
        [AsParameters] PostListRequest request, IValidator<PostListRequest> validator, ContentStore store, HttpContext http)
    {
        var snapshot = store.SnapshotFor(http);
        var errors = SearchBinding.Check(request, validator, snapshot, out var search);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(Page(snapshot, request.ToQuery(search), http, FilterNotice.For(request, snapshot)));
    }

    private static Results<Ok<PostPageResponse>, ValidationProblem> OnThisDay(
        [Description("The calendar day, MM-DD; default today.")]
        [ParameterSchema("string", Pattern = "^[0-9]{2}-[0-9]{2}$", Example = "07-14")] string? date,
        [Description("Page number, from 1. Default 1.")]
        [ParameterSchema("integer", Minimum = 1, Maximum = int.MaxValue, Example = "1")] string? page,
        [Description("Posts per page, 1-100. Default 20.")]
        [ParameterSchema("integer", Minimum = 1, Maximum = PostListRequest.MaxPageSize, Example = "20")] string? pageSize,
        IValidator<PostListRequest> validator, ContentStore store, TimeProvider clock, HttpContext http)
    {
        var errors = validator.Validate(new PostListRequest { Page = page, PageSize = pageSize }).ToDictionary();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (month, day) = (today.Month, today.Day);
        if (date is not null)
        {
            // A leap year, so that 02-29 is a day.
            if (DateTime.TryParseExact($"2000-{date}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                (month, day) = (parsed.Month, parsed.Day);
            }
            else
            {
                errors["date"] = [$"'{date}' is not a calendar day written MM-DD, such as 07-09."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = new PostListRequest { Page = page, PageSize = pageSize }.ToQuery(search: null) with { SameDay = (month, day, today.Year) };
        return TypedResults.Ok(Page(store.SnapshotFor(http), query, http, []));
    }

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
        [Description("The post's slug, e.g. the-call-that-never-came.")] string slug,
        [AsParameters] FilterRequest filters, IValidator<FilterRequest> validator, ContentStore store, HttpContext http)
    {
        var snapshot = store.SnapshotFor(http);
        if (snapshot.Find(slug) is not { } post)
        {
            return NoSuchPost(slug);
        }

        if (!filters.HasFilters)
        {
            var (previous, next) = snapshot.Neighbours(post);
            return TypedResults.Ok(Detail(post, previous, next, http));
        }

        var errors = SearchBinding.Check(filters, validator, snapshot, out var search);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (older, newer) = snapshot.Neighbours(post, filters.ToFilters(search));
        return TypedResults.Ok(Detail(post, older, newer, http));
    }

    /// <summary>The post with its links to media and to other posts absolute (Site:BaseUrl, else the request's host).</summary>
    private static PostDetail Detail(Post post, Post? older, Post? newer, HttpContext http)
    {
        var detail = new PostDetail(post, older, newer);
        var home = PublicAddress.Home(http.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value, http);
        return detail with { Html = PublicAddress.Absolute(detail.Html, home) };
    }

    private static Results<Ok<PostDetail>, ValidationProblem, ProblemHttpResult> GetPostByUrl(
        [Description("The path on the writer's site, starting with '/', e.g. /2013/09/06/old-name.html.")]
        [ParameterSchema("string", MaxLength = MaxPathLength, Pattern = "^/", Example = "/2025/07/09/the-pain-of-reaching-out/")] string? path,
        ContentStore store, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(path) || !path.StartsWith('/') || path.Length > MaxPathLength || path.Any(char.IsControl))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["path"] = [$"Give the path of a page on the site, starting with '/' and at most {MaxPathLength} characters: ?path=/2013/09/06/old-name.html."],
            });
        }

        var snapshot = store.SnapshotFor(http);
        if (snapshot.FindByUrl(path) is not { } post)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such page",
                detail: $"No post has the page or alias '{path}'.");
        }

        var (previous, next) = snapshot.Neighbours(post);
        return TypedResults.Ok(new PostDetail(post, previous, next));
    }

    private static Results<Ok<RelatedPostsResponse>, ValidationProblem, ProblemHttpResult> GetRelated(
        [Description("The post's slug, e.g. the-call-that-never-came.")] string slug,
        [Description("How many related posts, 1-50. Default 5.")]
        [ParameterSchema("integer", Minimum = 1, Maximum = MaxRelated, Example = "5")] string? limit,
        ContentStore store, HttpContext http)
    {
        var count = 5;
        if (limit is not null && (!FilterRequest.TryNumber(limit, out count) || count is < 1 or > MaxRelated))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"'{limit}' is not a number of posts from 1 to {MaxRelated}."],
            });
        }

        var snapshot = store.SnapshotFor(http);
        return snapshot.Find(slug) is { } post
            ? TypedResults.Ok(new RelatedPostsResponse([.. snapshot.Related(post, count).Select(r => new RelatedPostItem(r))]))
            : NoSuchPost(slug);
    }

    private static ProblemHttpResult NoSuchPost(string slug) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such post", detail: $"No post has the slug '{slug}'.");
}
