using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace JournalApi.OpenApi;

/// <summary>Writes a <see cref="ParameterSchemaAttribute"/> into the parameter's schema and example.</summary>
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
            target.Example = declared.Example is null ? null : new JsonArray(JsonValue.Create(declared.Example));
        }
        else
        {
            target.Schema = value;
            target.Example = declared.Example is null ? null : Node(declared, declared.Example);
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
            Enum = declared.Values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
            Default = declared.Default is null ? null : Node(declared, declared.Default),
        };
    }

    private static JsonValue Node(ParameterSchemaAttribute declared, string text) =>
        declared.Type == "integer" ? JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)) : JsonValue.Create(text);
}
