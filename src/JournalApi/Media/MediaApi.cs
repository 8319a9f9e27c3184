using System.ComponentModel;
using JournalApi.Configuration;
using JournalApi.Content.Files;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace JournalApi.Media;

/// <summary><c>/media</c>: images, PDF, audio and video kept beside the entries (Hugo page bundles, Jekyll's <c>assets/</c>).</summary>
public static class MediaApi
{
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{**path}", (Delegate)Get)
            .WithTags("Media")
            .WithName("GetMedia")
            .WithSummary("A media file beside the entries")
            .WithDescription(
                "A file inside the content folder, by its path there (`/media/posts/2025/walk/photo.jpg`): images (" +
                string.Join(", ", MediaTypes.Extensions) + " only; no SVG, HTML or other file a browser would run), with its content type, " +
                "an ETag from its bytes (If-None-Match answers 304) and byte ranges (Range, If-Range; 206 or 416). Hidden names, " +
                "'..' and symbolic links are never followed: such a path answers 404. Relative image and link URLs in a post's HTML point here.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status206PartialContent, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status416RangeNotSatisfiable);
        return app;
    }

    private static Results<PhysicalFileHttpResult, ProblemHttpResult> Get(
        [Description("The file's path inside the content folder, e.g. posts/2025/walk/photo.jpg.")] string? path, IOptions<ContentOptions> content, MediaETags etags)
    {
        var root = System.IO.Path.GetFullPath(content.Value.Path);
        if (string.IsNullOrEmpty(path) || MediaFiles.Find(root, path) is not { } found)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found",
                detail: $"No media file '{path}' is served: it must be an image, PDF, audio or video file inside the content folder.");
        }

        var file = new FileInfo(found.Path);
        return TypedResults.PhysicalFile(found.Path, found.ContentType, fileDownloadName: null,
            lastModified: null, entityTag: new EntityTagHeaderValue(etags.Of(file)), enableRangeProcessing: true);
    }
}
