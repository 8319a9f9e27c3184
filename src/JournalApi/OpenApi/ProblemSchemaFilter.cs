using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace JournalApi.OpenApi;

/// <summary>
/// Names the one extension member our problem answers carry, <c>traceId</c>, instead of the framework's open
/// "any other member" (which generated clients can only type as <c>unknown</c>).
/// </summary>
public sealed class ProblemSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || !typeof(ProblemDetails).IsAssignableFrom(context.Type))
        {
            return;
        }

        target.AdditionalProperties = null;
        target.AdditionalPropertiesAllowed = false;
        target.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        target.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The request's identifier in the server's logs.",
        };
    }
}
