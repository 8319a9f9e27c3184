using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace JournalApi.OpenApi;

/// <summary>
/// Makes the schemas of our answers say what the serializer does: every property it always writes is
/// <c>required</c> (a nullable one stays nullable), so generated clients type it <c>T | null</c>, never
/// <c>T | null | undefined</c>; and <c>meta</c> (a <see cref="JsonElement"/>) is typed as the front matter it holds.
/// </summary>
public sealed class AlwaysSentSchemaFilter : ISchemaFilter
{
    public const string MetaValueSchema = "MetaValue";
    public const string MetaListItemSchema = "MetaListItem";

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075", Justification = Hosting.RootedTypes.Justification)]
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || target.Properties is null || context.Type.Assembly != typeof(AlwaysSentSchemaFilter).Assembly)
        {
            return;
        }

        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!target.Properties.ContainsKey(name))
            {
                continue;
            }

            if (property.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault })
            {
                target.Required ??= new HashSet<string>(StringComparer.Ordinal);
                target.Required.Add(name);
            }

            if (property.PropertyType == typeof(JsonElement))
            {
                target.Properties[name] = FrontMatter(context.SchemaRepository, target.Properties[name].Description);
            }
        }
    }

    /// <summary>
    /// An object of front-matter values: text (YAML scalars are passed as written), null, lists and maps of them. A list's
    /// items have a schema of their own: TypeScript cannot name a type that holds arrays of itself through the indexed
    /// types openapi-typescript generates, only through an object type, so a list directly inside a list is left out.
    /// </summary>
    private static OpenApiSchema FrontMatter(SchemaRepository repository, string? description)
    {
        if (!repository.Schemas.ContainsKey(MetaValueSchema))
        {
            repository.AddDefinition(MetaValueSchema, new OpenApiSchema
            {
                Description = "A front-matter value as written: a scalar as text (null when empty), a list, or a map of values.",
                OneOf =
                [
                    new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference(MetaListItemSchema) },
                    new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = new OpenApiSchemaReference(MetaValueSchema) },
                ],
            });
            repository.AddDefinition(MetaListItemSchema, new OpenApiSchema
            {
                Description = "An item of a front-matter list: a scalar as text (null when empty), or a map of values.",
                OneOf =
                [
                    new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = new OpenApiSchemaReference(MetaValueSchema) },
                ],
            });
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = description,
            AdditionalProperties = new OpenApiSchemaReference(MetaValueSchema),
        };
    }
}
