using System.Globalization;
using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace JournalApi.OpenApi;

/// <summary>
/// Writes a <see cref="ParameterSchemaAttribute"/> into the parameter's schema, and its example into the description
/// (never into <c>example</c>, which Swagger UI would send).
/// </summary>
public sealed class ParameterSchemaFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        var declared = context.PropertyInfo?.GetCustomAttribute<ParameterSchemaAttribute>()
            ?? context.ParameterInfo?.GetCustomAttribute<ParameterSchemaAttribute>();
        if (declared is null || parameter is not OpenApiParameter target)
        {
            return;
        }

        var value = Scalar(declared);
        if (declared.Type == "array")
        {
            target.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = value, MaxItems = declared.MaxItems > 0 ? declared.MaxItems : null };
            target.Style = ParameterStyle.Form;
            target.Explode = true;
            // The request delegate generator describes a nullable array property as required; none of ours is (none given is no filter).
            target.Required = false;
        }
        else
        {
            target.Schema = value;
        }

        target.Example = null;
        if (declared.Example is not null)
        {
            target.Description = $"{target.Description} Example: {declared.Example}.".TrimStart();
        }
    }

    private static OpenApiSchema Scalar(ParameterSchemaAttribute declared)
    {
        var isInteger = declared.Type == "integer";
        return new OpenApiSchema
        {
            Type = isInteger ? JsonSchemaType.Integer : JsonSchemaType.String,
            Format = declared.Format ?? (isInteger ? "int32" : null),
            Minimum = declared.Minimum == long.MinValue ? null : declared.Minimum.ToString(CultureInfo.InvariantCulture),
            Maximum = declared.Maximum == long.MaxValue ? null : declared.Maximum.ToString(CultureInfo.InvariantCulture),
            MaxLength = declared.MaxLength > 0 ? declared.MaxLength : null,
            Pattern = declared.Pattern,
            Enum = declared.Values?.Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v)).ToList(),
        };
    }
}
