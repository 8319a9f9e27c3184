using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace JournalApi.OpenApi;

/// <summary>
/// Documents what <see cref="Http.ConditionalGetMiddleware"/> adds to every GET: the ETag header,
/// If-None-Match and the 304 answer; and the paging headers where an answer is a page.
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
        operation.Responses["304"] = new OpenApiResponse { Description = "Not Modified: the If-None-Match ETag still matches." };
        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success)
        {
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            success.Headers["ETag"] = Header("A strong validator derived from the body alone: equal on every replica for equal content.");
            success.Headers["X-Content-Version"] = Header("The version of the content snapshot that answered.");
            if (context.ApiDescription.RelativePath?.TrimEnd('/') == "api/posts")
            {
                success.Headers["X-Total-Count"] = Header("Posts matching the filters, on all pages.", JsonSchemaType.Integer);
                success.Headers["Link"] = Header("RFC 8288 links to the first, prev, next and last pages.");
            }
        }
    }

    private static OpenApiHeader Header(string description, JsonSchemaType type = JsonSchemaType.String) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}
