using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JournalApi.Content.Files;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Model;
using JournalApi.Content.Rendering;
using JournalApi.Content.Validation;

namespace JournalApi.Content.Loading;

/// <summary>
/// One file in, one post or diagnostics out: read, split front matter, parse YAML, validate, render.
/// Never throws for anything a file can hold. Thread-safe.
/// </summary>
public sealed class EntryLoader(LoadOptions options)
{
    private const string DefaultExcerptSeparator = "<!--more-->";
    private static readonly EntryValidator Validator = new();
    private readonly MarkdownRenderer renderer = new(options.RawHtml);

    public LoadOptions Options => options;

    public EntryResult Load(ContentFile file)
    {
        var (text, readProblem) = FileReader.Read(file, options.MaxFileBytes);
        return text is null ? Failed(file, readProblem!) : LoadText(file, text);
    }

    /// <summary>Loads an entry from text already read (the tests and the fuzzer call this directly).</summary>
    public EntryResult LoadText(ContentFile file, string text)
    {
        var (split, splitProblem) = FrontMatterSplitter.Split(file.RelativePath, text);
        if (split is null)
        {
            return Failed(file, splitProblem!);
        }

        var (yaml, yamlProblem) = FrontMatterParser.Parse(file.RelativePath, split);
        if (yaml is null)
        {
            return Failed(file, yamlProblem!);
        }

        var fields = new EntryFields(yaml, EntryFileName.Parse(file.FileName), options.TimeZone);
        var diagnostics = Validator.Check(file.RelativePath, fields);
        if (diagnostics.Any(d => d.IsError))
        {
            return new EntryResult(file.RelativePath, null, diagnostics);
        }

        return new EntryResult(file.RelativePath, Bind(file, fields, split, text), diagnostics);
    }

    private Post Bind(ContentFile file, EntryFields fields, SplitEntry split, string text)
    {
        var body = renderer.Render(split.Body);
        var slug = fields.ServedSlug;
        var description = FieldValues.Text(fields.Description?.Value)?.Trim() is { Length: > 0 } d ? d.Normalize(NormalizationForm.FormC) : null;
        var excerpt = description
            ?? (FieldValues.Text(fields.Excerpt?.Value) is { } written ? PlainText.Shorten(renderer.ToPlainText(written)) : null)
            ?? ExcerptBeforeSeparator(split.Body, FieldValues.Text(fields.ExcerptSeparator?.Value) ?? DefaultExcerptSeparator)
            ?? body.FirstParagraph;

        return new Post
        {
            Slug = slug,
            Title = FieldValues.Text(fields.Title?.Value)?.Trim().Normalize(NormalizationForm.FormC) ?? Slugs.ToTitle(slug),
            Date = ReadDate(fields) ?? FromFileName(fields.FileName.Date!.Value),
            Updated = fields.Updated is { } updated && FieldValues.Text(updated.Value) is { } u &&
                      FieldValues.ReadDate(u, options.TimeZone, out var read) == DateReading.Read ? read : null,
            Tags = [.. FieldValues.Terms(fields.Tags?.Value)],
            Emotions = [.. FieldValues.Terms(fields.Emotions?.Value)],
            Description = description,
            Excerpt = excerpt,
            WordCount = body.WordCount,
            ReadingTimeMinutes = Math.Max(1, (int)Math.Ceiling(body.WordCount / 200.0)),
            HtmlUtf8 = body.HtmlUtf8,
            PlainTextUtf8 = body.PlainTextUtf8,
            Meta = Meta(fields.All),
            SourcePath = file.RelativePath,
            ContentHash = Hash(text),
            HasExplicitSlug = fields.Slug is not null,
            EmotionsLine = fields.Emotions?.Line,
            IsDraft = FieldValues.Boolean(fields.Draft?.Value) == true || FieldValues.Boolean(fields.Published?.Value) == false,
        };
    }

    private PostDate? ReadDate(EntryFields fields) =>
        FieldValues.Text(fields.Date?.Value) is { } text && FieldValues.ReadDate(text, options.TimeZone, out var date) == DateReading.Read
            ? date
            : null;

    private PostDate FromFileName(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new PostDate(day, new DateTimeOffset(midnight, options.TimeZone.GetUtcOffset(midnight)), HasTime: false);
    }

    private string? ExcerptBeforeSeparator(string body, string separator)
    {
        var at = separator.Length == 0 ? -1 : body.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? null : PlainText.Shorten(renderer.ToPlainText(body[..at]));
    }

    private static JsonElement Meta(IReadOnlyList<YamlField> fields)
    {
        var meta = new JsonObject();
        foreach (var field in fields.Where(f => !EntryFields.Known.Contains(f.Key)))
        {
            meta[field.Key] = ToJson(field.Value);
        }

        return JsonSerializer.SerializeToElement(meta, MetaJsonContext.Default.JsonObject);
    }

    private static JsonNode? ToJson(YamlValue value) => value switch
    {
        YamlScalar { IsNull: true } => null,
        YamlScalar scalar => JsonValue.Create(scalar.Text),
        YamlSequence sequence => new JsonArray([.. sequence.Items.Select(ToJson)]),
        YamlMapping mapping => new JsonObject(mapping.Fields.Select(f => KeyValuePair.Create(f.Key, ToJson(f.Value)))),
        _ => null,
    };

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private static EntryResult Failed(ContentFile file, Diagnostic problem) => new(file.RelativePath, null, [problem]);
}
