using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace JournalApi.OpenApi;

/// <summary>
/// Documents what <see cref="AnswerCache.AnswerCacheMiddleware"/> adds to every GET: the ETag header,
/// If-None-Match and the 304 answer, the Cache-Control of each kind of answer; and the paging headers where an answer is a page.
/// </summary>
public sealed class ConditionalGetOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var isStream = context.ApiDescription.SupportedResponseTypes.Any(r => r.ApiResponseFormats.Any(f => f.MediaType == "text/event-stream"));
        if (!string.Equals(context.ApiDescription.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase) || isStream)
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Description = "An ETag from an earlier answer: when it still matches, the answer is 304 with no body.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });

        operation.Responses ??= [];
        var notModified = new OpenApiResponse
        {
            Description = "Not Modified: the If-None-Match ETag still matches. The validator and caching headers of the 200, and none that describe a body.",
            Headers = new Dictionary<string, IOpenApiHeader>(),
        };
        operation.Responses["304"] = notModified;
        var path = context.ApiDescription.RelativePath ?? "";
        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success)
        {
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            foreach (var headers in new[] { success.Headers, notModified.Headers })
            {
                headers["ETag"] = Header(path.StartsWith("media/", StringComparison.Ordinal)
                    ? "A strong validator derived from the file's bytes alone: equal on every replica for equal files."
                    : "A strong validator derived from the body alone: equal on every replica for equal content.");
                headers["Cache-Control"] = Header(CacheControlOf(path));
            }

            if (!path.StartsWith("media/", StringComparison.Ordinal))
            {
                success.Headers["X-Content-Version"] = Header("The version of the content snapshot that answered.");
            }

            if (path.TrimEnd('/') == "api/posts")
            {
                success.Headers["X-Total-Count"] = Header("Posts matching the filters, on all pages.", JsonSchemaType.Integer);
                success.Headers["Link"] = Header("RFC 8288 links to the first, prev, next and last pages (no last when no post matches).");
            }
        }
    }

    private static string CacheControlOf(string path) =>
        path.StartsWith("health/", StringComparison.Ordinal) ? "no-store: health is always asked afresh."
        : path.StartsWith("feeds/", StringComparison.Ordinal) ? "Http:CacheControl:Feeds (default 'public, max-age=0, stale-while-revalidate=300'): keep, and revalidate with the ETag."
        : path.StartsWith("media/", StringComparison.Ordinal) ? "Http:CacheControl:Media (default 'public, max-age=300, stale-while-revalidate=86400')."
        : "Http:CacheControl:Api (default 'public, max-age=0, stale-while-revalidate=60'): keep, and revalidate with the ETag. Errors are 'no-store'.";

    private static OpenApiHeader Header(string description, JsonSchemaType type = JsonSchemaType.String) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}
