using System.Buffers;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JournalApi.Content.Addresses;
using JournalApi.Content.Files;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Model;
using JournalApi.Content.Rendering;
using JournalApi.Content.Templates;
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
    private static readonly JsonElement NoMeta = JsonDocument.Parse("{}").RootElement.Clone();

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? metaWriter;
    private readonly MarkdownRenderer renderer = new(options.RawHtml, new FrameHosts(options.FrameHosts));

    // The site each content folder belongs to, looked up once per folder (a loader may outlive a swapped folder link).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TemplateDialect> folderDialects = new(StringComparer.Ordinal);

    public LoadOptions Options => options;

    public EntryResult Load(ContentFile file)
    {
        var stage = LoadStage.Read;
        try
        {
            options.BeforeStage?.Invoke(file, stage);
            var (text, readProblem, utf8) = FileReader.ReadEntry(file, options.MaxFileBytes);
            return text is null ? Failed(file, readProblem!) : LoadText(file, text, utf8, ref stage);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(file, LoadFaults.Contained(file, stage, e));
        }
    }

    /// <summary>Loads an entry from text already read (the tests and the fuzzer call this directly).</summary>
    public EntryResult LoadText(ContentFile file, string text)
    {
        var stage = LoadStage.Split;
        try
        {
            return LoadText(file, text, Encoding.UTF8.GetBytes(text), ref stage);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(file, LoadFaults.Contained(file, stage, e));
        }
    }

    /// <param name="file">The file.</param>
    /// <param name="text">Its text.</param>
    /// <param name="utf8">The same text in UTF-8, as read: what the content hash is computed from.</param>
    /// <param name="stage">Set to each stage as it begins: the file's boundary reports a fault with the stage it came from.</param>
    private static (IReadOnlyList<YamlField>?, Diagnostic?, IReadOnlyList<Diagnostic>) TomlParse(string path, SplitEntry split)
    {
        var (fields, problem) = TomlFrontMatterParser.Parse(path, split);
        return (fields, problem, []);
    }

    private EntryResult LoadText(ContentFile file, string text, ReadOnlyMemory<byte> utf8, ref LoadStage stage)
    {
        Enter(file, ref stage, LoadStage.Split);
        var (split, splitProblem) = FrontMatterSplitter.Split(file.RelativePath, text);
        if (split is null)
        {
            return Failed(file, splitProblem!);
        }

        Enter(file, ref stage, LoadStage.Parse);
        var (yaml, yamlProblem, yamlWarnings) = split.IsToml
            ? TomlParse(file.RelativePath, split)
            : FrontMatterParser.ParseWithWarnings(file.RelativePath, split);
        if (yaml is null)
        {
            return Failed(file, yamlProblem!);
        }

        Enter(file, ref stage, LoadStage.Validate);
        var fields = new EntryFields(yaml, EntryFileName.OfPath(file.RelativePath), options.TimeZone);
        IReadOnlyList<Diagnostic> diagnostics =
            [.. split.Notice is { } notice ? [notice] : Array.Empty<Diagnostic>(), .. yamlWarnings, .. Validator.Check(file.RelativePath, fields)];
        var isDraft = FieldValues.Boolean(fields.Draft?.Value) == true || FieldValues.Boolean(fields.Published?.Value) == false;
        if (diagnostics.Any(d => d.IsError))
        {
            return new EntryResult(file.RelativePath, null, diagnostics, isDraft);
        }

        Enter(file, ref stage, LoadStage.Render);
        var date = ReadDate(fields) ?? FromFileName(fields.FileName.Date!.Value);
        var categories = EntryAddresses.Categories(fields, file.RelativePath);
        var pageUrl = EntryAddresses.PageUrl(fields, options.Permalink, date, fields.ServedSlug, categories, file.RelativePath);
        var isHtml = ContentFileFinder.IsHtmlFileName(file.FileName);
        var body = TemplateExpander.Expand(split.Body, new TemplateInput(file.RelativePath, split.BodyFirstLine, fields.All, options.LiquidSite, options.RawHtml, options.Permalink)
        {
            PageDefaults = PageDefaults(file, fields, date, categories, pageUrl),
            Dialect = SiteGenerator.For(options.Templates, FolderDialect(file), split.IsToml, file.RelativePath, split.Body),
            IsHtml = isHtml,
        });
        if (BodyNesting.Check(file.RelativePath, body.Markdown, split.BodyFirstLine) is { } tooDeep)
        {
            return new EntryResult(file.RelativePath, null, [.. diagnostics, .. body.Diagnostics, tooDeep], isDraft);
        }

        try
        {
            var rendered = isHtml
                ? renderer.RenderHtml(body.Markdown, file.RelativePath, split.BodyFirstLine)
                : renderer.Render(body.Markdown, file.RelativePath, split.BodyFirstLine);
            return new EntryResult(file.RelativePath, Bind(file, fields, split with { Body = body.Markdown }, rendered, utf8.Span, (date, categories, pageUrl), isHtml),
                [.. diagnostics, .. body.Diagnostics, .. rendered.Diagnostics], isDraft);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Nesting that the check above lets through but the renderer still refuses (emphasis alternating * and _).
            return new EntryResult(file.RelativePath, null,
                [.. diagnostics, .. body.Diagnostics, BodyNesting.Deepest(file.RelativePath, body.Markdown, split.BodyFirstLine)], isDraft);
        }
    }

    /// <summary>The generator of the content folder <paramref name="file"/> was found in (auto when not known or not asked).</summary>
    private TemplateDialect FolderDialect(ContentFile file)
    {
        if (options.Templates != TemplateDialect.Auto || !file.FullPath.EndsWith(file.RelativePath, StringComparison.Ordinal))
        {
            return TemplateDialect.Auto;
        }

        var root = file.FullPath[..^file.RelativePath.Length];
        return root.Length == 0 ? TemplateDialect.Auto : folderDialects.GetOrAdd(root, SiteGenerator.OfFolder);
    }

    private void Enter(ContentFile file, ref LoadStage stage, LoadStage next)
    {
        stage = next;
        options.BeforeStage?.Invoke(file, next);
    }

    /// <summary>What Jekyll's <c>page.*</c> holds although the front matter does not say it: the served title, date, URL.</summary>
    private static Dictionary<string, object?> PageDefaults(ContentFile file, EntryFields fields, PostDate date, IReadOnlyList<string> categories, string pageUrl) => new(StringComparer.Ordinal)
    {
        ["title"] = Title(fields),
        ["date"] = date.Moment,
        ["slug"] = fields.ServedSlug,
        ["url"] = pageUrl,
        ["path"] = file.RelativePath,
        ["categories"] = categories.ToList(),
        ["tags"] = FieldValues.Terms(fields.Tags?.Value).ToList(),
    };

    private static string Title(EntryFields fields) =>
        FieldValues.Text(fields.Title?.Value)?.Trim() is { } title ? FieldValues.Normalize(title, NormalizationForm.FormC) : Slugs.ToTitle(fields.ServedSlug);

    private Post Bind(
        ContentFile file, EntryFields fields, SplitEntry split, RenderedBody body, ReadOnlySpan<byte> utf8,
        (PostDate Date, IReadOnlyList<string> Categories, string PageUrl) address, bool isHtml)
    {
        var slug = fields.ServedSlug;
        var description = FieldValues.Text(fields.Description?.Value)?.Trim() is { Length: > 0 } d ? FieldValues.Normalize(d, NormalizationForm.FormC) : null;
        var excerpt = description
            ?? (FieldValues.Text(fields.Excerpt?.Value) is { } written ? PlainText.Shorten(renderer.ToPlainText(written)) : null)
            ?? ExcerptBeforeSeparator(split.Body, FieldValues.Text(fields.ExcerptSeparator?.Value) ?? DefaultExcerptSeparator, isHtml)
            ?? body.FirstParagraph;

        var (date, categories, pageUrl) = address;
        return new Post
        {
            Slug = slug,
            Title = Title(fields),
            Date = date,
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
            Meta = Meta(fields),
            SourcePath = file.RelativePath,
            ContentHash = Hash(utf8),
            HasExplicitSlug = fields.Slug is not null,
            EmotionsLine = fields.Emotions?.Line,
            Categories = [.. categories],
            PageUrl = pageUrl,
            Aliases = [.. EntryAddresses.Aliases(fields)],
            Image = CoverImages.Find(fields.Image?.Value, body.Html, file),
            IsDraft = FieldValues.Boolean(fields.Draft?.Value) == true || FieldValues.Boolean(fields.Published?.Value) == false,
        };
    }

    private PostDate? ReadDate(EntryFields fields) =>
        FieldValues.Text(fields.Date?.Value) is { } text && FieldValues.ReadDate(text, options.TimeZone, out var date) == DateReading.Read
            ? EntryAddresses.DayOf(date, options.DateDay, options.TimeZone)
            : null;

    private PostDate FromFileName(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        var moment = FieldValues.Moment(midnight, options.TimeZone.GetUtcOffset(midnight)) ?? new DateTimeOffset(midnight, TimeSpan.Zero);
        return new PostDate(day, moment, HasTime: false);
    }

    private string? ExcerptBeforeSeparator(string body, string separator, bool isHtml)
    {
        var at = separator.Length == 0 ? -1 : body.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? null : PlainText.Shorten(isHtml ? MarkdownRenderer.HtmlToPlainText(body[..at]) : renderer.ToPlainText(body[..at]));
    }

    private static JsonElement Meta(EntryFields entry)
    {
        var fields = entry.All;
        if (fields.All(entry.IsField))
        {
            return NoMeta;
        }

        // Written straight to JSON, as a JsonObject serialised with the default options wrote it, without the nodes.
        var (buffer, writer) = metaWriter ??= (new ArrayBufferWriter<byte>(256), new Utf8JsonWriter(Stream.Null));
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        foreach (var field in fields.Where(f => !entry.IsField(f)))
        {
            writer.WritePropertyName(field.Key);
            WriteJson(writer, field.Value);
        }

        writer.WriteEndObject();
        writer.Flush();
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    private static void WriteJson(Utf8JsonWriter writer, YamlValue value)
    {
        switch (value)
        {
            case YamlScalar { IsNull: true }:
                writer.WriteNullValue();
                break;
            case YamlScalar scalar:
                writer.WriteStringValue(scalar.Text);
                break;
            case YamlSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlMapping mapping:
                writer.WriteStartObject();
                foreach (var field in mapping.Fields)
                {
                    writer.WritePropertyName(field.Key);
                    WriteJson(writer, field.Value);
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static string Hash(ReadOnlySpan<byte> utf8)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    private static EntryResult Failed(ContentFile file, Diagnostic problem) => new(file.RelativePath, null, [problem]);
}
