using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace JournalApi.OpenApi;

/// <summary>
/// Documents what every operation answers whatever its handler: 400 for a query parameter it does not declare
/// (<see cref="Http.UnknownQueryParametersMiddleware"/>), and, where content is served, the preview key and the cache
/// headers an answer it chose carries.
/// </summary>
public sealed class ProtectionOperationFilter : IOperationFilter
{
    private const string UnknownParameter = "a query parameter this operation does not declare (errors names each one)";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        if (operation.Responses.TryGetValue("400", out var existing) && existing is OpenApiResponse badRequest)
        {
            badRequest.Description = $"{badRequest.Description?.TrimEnd('.')}: a bad value, or {UnknownParameter}.";
        }
        else
        {
            operation.Responses["400"] = new OpenApiResponse
            {
                Description = $"Bad Request: {UnknownParameter}.",
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(HttpValidationProblemDetails), context.SchemaRepository) },
                },
            };
        }

        var path = context.ApiDescription.RelativePath ?? "";
        if (!(path.StartsWith("api/", StringComparison.Ordinal) || path.StartsWith("feeds/", StringComparison.Ordinal)) ||
            path.StartsWith("api/changes", StringComparison.Ordinal))
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = Http.SnapshotSelection.PreviewKeyHeader,
            In = ParameterLocation.Header,
            Description = "Content:PreviewKey: the answer then includes drafts and scheduled entries, and is marked private.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success)
        {
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            var cacheControl = success.Headers.TryGetValue("Cache-Control", out var rule) ? rule.Description?.TrimEnd('.') + "; " : "";
            success.Headers["Cache-Control"] = Header(cacheControl + "'private, no-store' on every answer the preview key chose (304s and errors too).");
            success.Headers["Vary"] = Header("Includes X-Preview-Key on every answer the preview key chose.");
        }
    }

    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
