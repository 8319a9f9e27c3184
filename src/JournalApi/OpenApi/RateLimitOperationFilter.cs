using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace JournalApi.OpenApi;

/// <summary>Documents the rate limiter's 429 on every operation it covers (all but the health checks).</summary>
public sealed class RateLimitOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.RelativePath?.StartsWith("health", StringComparison.OrdinalIgnoreCase) == true)
        {
            return;
        }

        operation.Responses ??= [];
        operation.Responses["429"] = new OpenApiResponse
        {
            Description = "Too Many Requests: this client address is over the rate limit (or, for the event stream, holds as many " +
                "streams as one client may); Retry-After says when to try again.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = Header("Seconds to wait."),
                ["RateLimit-Limit"] = Header("The rate limit's burst: requests a client may send at once (not sent for the stream cap)."),
                ["RateLimit-Remaining"] = Header("Requests left now: 0 (not sent for the stream cap)."),
                ["RateLimit-Reset"] = Header("Seconds until a request will be let through again (not sent for the stream cap)."),
            },
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
            },
        };
    }

    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } };
}
