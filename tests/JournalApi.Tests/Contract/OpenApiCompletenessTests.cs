using System.Text.Json;

namespace JournalApi.Tests.Contract;

/// <summary>
/// What a frontend developer reads in the document is complete: every operation and parameter explained, the
/// filters with examples and their choices as enums, every answer that can happen, every property described.
/// Each test lists all the gaps it finds, not only the first.
/// </summary>
public sealed class OpenApiCompletenessTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
    private static readonly string[] OperationTexts = ["summary", "description", "operationId"];
    private static readonly string[] GetAnswers = ["200", "304"];

    [Fact]
    public async Task EveryOperationHasASummaryADescriptionAnOperationIdAndTags()
    {
        var operations = Operations(await ServedDocumentAsync());

        var gaps = operations.SelectMany(o => OperationTexts
                .Where(key => !HasText(o.Operation, key))
                .Append(o.Operation.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0 ? null : "tags")
                .OfType<string>()
                .Select(missing => $"{o.Name} has no {missing}"))
            .ToList();

        Assert.NotEmpty(operations);
        Assert.True(gaps.Count == 0, string.Join("\n", gaps));
    }

    [Fact]
    public async Task EveryParameterHasADescriptionAndASchemaType()
    {
        var document = await ServedDocumentAsync();

        var gaps = new List<string>();
        foreach (var (name, operation) in Operations(document))
        {
            foreach (var parameter in Parameters(document, operation))
            {
                var where = $"{name} parameter '{parameter.GetProperty("name").GetString()}'";
                if (!HasText(parameter, "description"))
                {
                    gaps.Add($"{where} has no description");
                }

                if (!parameter.TryGetProperty("schema", out var schema) || !HasText(schema, "type"))
                {
                    gaps.Add($"{where} has no schema type");
                }
            }
        }

        Assert.True(gaps.Count == 0, string.Join("\n", gaps));
    }

    [Theory]
    [InlineData("tag", "grief")]
    [InlineData("emotion", "grief")]
    [InlineData("tagMatch", "any")]
    public async Task ListPostsFiltersShowAnExampleInTheirDescriptionOnly(string parameter, string example)
    {
        var listPosts = await ListPostsParameterAsync(parameter);

        Assert.EndsWith($" Example: {example}.", listPosts.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoOptionalParameterCarriesAnExampleOrADefaultForSwaggerUiToPreFill()
    {
        var prefilled = Operations(await ServedDocumentAsync())
            .SelectMany(o => o.Operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray().Select(p => (o.Name, Parameter: p)) : [])
            .Where(p => !p.Parameter.TryGetProperty("required", out var required) || !required.GetBoolean())
            .Where(p => p.Parameter.TryGetProperty("example", out _) || p.Parameter.TryGetProperty("examples", out _) ||
                p.Parameter.GetProperty("schema").TryGetProperty("default", out _) || p.Parameter.GetProperty("schema").TryGetProperty("example", out _) ||
                (p.Parameter.GetProperty("schema").TryGetProperty("items", out var items) && (items.TryGetProperty("default", out _) || items.TryGetProperty("example", out _))))
            .Select(p => $"{p.Name} {p.Parameter.GetProperty("name").GetString()}")
            .ToList();

        Assert.True(prefilled.Count == 0, "Swagger UI would pre-fill: " + string.Join(", ", prefilled));
    }

    [Theory]
    [InlineData("sort", "-date")]
    [InlineData("tagMatch", "all")]
    [InlineData("emotionMatch", "all")]
    public async Task ListPostsChoicesAreLowerCaseEnumsThatNameTheirDefault(string parameter, string defaultValue)
    {
        var listPosts = await ListPostsParameterAsync(parameter);
        var schema = listPosts.GetProperty("schema");

        Assert.Equal("string", schema.GetProperty("type").GetString());
        Assert.True(schema.TryGetProperty("enum", out var values), $"ListPosts parameter '{parameter}' is not an enum.");
        Assert.Contains(defaultValue, values.EnumerateArray().Select(v => v.GetString()));
        Assert.All(values.EnumerateArray(), v => Assert.Equal(v.GetString()!.ToLowerInvariant(), v.GetString()));
        Assert.Matches($"{System.Text.RegularExpressions.Regex.Escape(defaultValue)} \\([^)]*default", listPosts.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("tag")]
    [InlineData("emotion")]
    [InlineData("excludeTag")]
    [InlineData("excludeEmotion")]
    public async Task ListParametersSayTheyAreRepeatedOrCommaSeparatedWithTheServersLimits(string parameter)
    {
        var listPosts = await ListPostsParameterAsync(parameter);
        var schema = listPosts.GetProperty("schema");

        // form and explode are a query parameter's defaults: written or not, each occurrence is one item of the array.
        Assert.Equal("form", listPosts.TryGetProperty("style", out var style) ? style.GetString() : "form");
        Assert.True(!listPosts.TryGetProperty("explode", out var explode) || explode.GetBoolean());
        Assert.Equal(20, schema.GetProperty("maxItems").GetInt32());
        Assert.Equal(1024, schema.GetProperty("items").GetProperty("maxLength").GetInt32());
        Assert.Contains("backslash", listPosts.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryGetDocuments200And304ExceptTheEventStream()
    {
        var gets = Operations(await ServedDocumentAsync()).Where(o => o.Name.StartsWith("GET ", StringComparison.Ordinal)).ToList();
        var streams = gets.Where(o => IsEventStream(o.Operation)).Select(o => o.Name).ToList();

        var gaps = gets.Where(o => !IsEventStream(o.Operation))
            .SelectMany(o => GetAnswers.Where(code => !o.Operation.GetProperty("responses").TryGetProperty(code, out _))
                .Select(code => $"{o.Name} does not document {code}"))
            .ToList();

        Assert.Equal(["GET /api/changes/stream"], streams);
        Assert.True(gaps.Count == 0, string.Join("\n", gaps));
    }

    [Theory]
    [InlineData("/api/posts", "400", "HttpValidationProblemDetails")]
    [InlineData("/api/posts/{slug}", "404", "ProblemDetails")]
    [InlineData("/api/posts/{slug}", "400", "HttpValidationProblemDetails")]
    [InlineData("/api/posts/{slug}/related", "404", "ProblemDetails")]
    [InlineData("/api/posts/{slug}/related", "400", "HttpValidationProblemDetails")]
    public async Task ErrorAnswersAreDocumentedAsProblemJson(string path, string status, string schema)
    {
        var document = await ServedDocumentAsync();
        var responses = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses");

        Assert.True(responses.TryGetProperty(status, out var response), $"GET {path} does not document {status}.");
        Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out var problem),
            $"GET {path} documents {status} without application/problem+json.");
        Assert.Equal($"#/components/schemas/{schema}", problem.GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Theory]
    [InlineData("PostListItem")]
    [InlineData("PostDetail")]
    [InlineData("PostPageResponse")]
    [InlineData("FacetsResponse")]
    [InlineData("RelatedPostItem")]
    [InlineData("SharedValues")]
    public async Task PostSchemasDescribeEveryProperty(string schemaName)
    {
        var schema = (await ServedDocumentAsync()).GetProperty("components").GetProperty("schemas").GetProperty(schemaName);

        var properties = schema.GetProperty("properties").EnumerateObject().ToList();
        var undescribed = properties.Where(p => !HasText(p.Value, "description")).Select(p => p.Name).ToList();

        Assert.NotEmpty(properties);
        Assert.True(undescribed.Count == 0, $"{schemaName} properties without a description: {string.Join(", ", undescribed)}.");
    }

    private async Task<JsonElement> ServedDocumentAsync()
    {
        using var client = await factory.CreateReadyClientAsync();
        return await client.GetJsonAsync("/swagger/v1/swagger.json");
    }

    private async Task<JsonElement> ListPostsParameterAsync(string name)
    {
        var document = await ServedDocumentAsync();
        var listPosts = Operations(document).Single(o => o.Operation.GetProperty("operationId").GetString() == "ListPosts").Operation;
        return Parameters(document, listPosts).Single(p => p.GetProperty("name").GetString() == name);
    }

    /// <summary>Every operation, named "GET /api/posts".</summary>
    private static List<(string Name, JsonElement Operation)> Operations(JsonElement document) =>
        [.. document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(item => Methods.Contains(item.Name))
                .Select(item => ($"{item.Name.ToUpperInvariant()} {path.Name}", item.Value)))];

    /// <summary>An operation's parameters, references to <c>components/parameters</c> resolved.</summary>
    private static IEnumerable<JsonElement> Parameters(JsonElement document, JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Select(p => p.TryGetProperty("$ref", out var reference)
                ? document.GetProperty("components").GetProperty("parameters").GetProperty(reference.GetString()!.Split('/')[^1])
                : p)
            : [];

    private static bool IsEventStream(JsonElement operation) =>
        operation.GetProperty("responses").TryGetProperty("200", out var ok)
        && ok.TryGetProperty("content", out var content)
        && content.TryGetProperty("text/event-stream", out _);

    private static bool HasText(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());
}
