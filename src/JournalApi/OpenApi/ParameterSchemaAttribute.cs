namespace JournalApi.OpenApi;

/// <summary>
/// What a query parameter bound as text really holds, for the OpenAPI document: its type, limits, values
/// and an example. Defaults and examples are said in the description only: Swagger UI fills a parameter with its
/// schema's default or example when "Try it out" opens, and would send filters nobody set. The endpoints bind text so that every bad value reaches the validator and gets a 400
/// naming the parameter; this keeps the document exact all the same.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ParameterSchemaAttribute(string type) : Attribute
{
    /// <summary>"integer", "string" or "array" (of strings).</summary>
    public string Type { get; } = type;

    public string? Format { get; init; }
    public long Minimum { get; init; } = long.MinValue;
    public long Maximum { get; init; } = long.MaxValue;
    public int MaxLength { get; init; }
    public int MaxItems { get; init; }
    public string? Pattern { get; init; }
    /// <summary>A value that answers something on the sample journal, shown in the description.</summary>
    public string? Example { get; init; }

    /// <summary>The allowed values, for enumerations.</summary>
    public string[]? Values { get; init; }
}
