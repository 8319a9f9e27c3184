using System.ComponentModel;
using System.Globalization;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Indexing;
using JournalApi.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace JournalApi.Posts;

/// <summary>
/// The query string of <c>GET /api/posts</c>, bound as text so that every bad value reaches the validator
/// and is answered with a 400 that names the parameter, never with a binding failure.
/// </summary>
public sealed record PostListRequest
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    [FromQuery(Name = "tag")]
    [ParameterSchema("array", MaxItems = PostListRequestValidator.MaxValuesPerFilter, MaxLength = FieldValues.MaxTermLength, Example = "connection")]
    [Description("Only posts with these tags. Repeat the parameter or separate values with commas: tag=connection&tag=midlife, or tag=connection,midlife.")]
    public string[]? Tag { get; init; }

    [FromQuery(Name = "tagMatch")]
    [ParameterSchema("string", Values = ["all", "any"], Default = "all", Example = "any")]
    [Description("How several tags combine: all (default; the post has every tag) or any.")]
    public string? TagMatch { get; init; }

    [FromQuery(Name = "emotion")]
    [ParameterSchema("array", MaxItems = PostListRequestValidator.MaxValuesPerFilter, MaxLength = FieldValues.MaxTermLength, Example = "grief")]
    [Description("Only posts with these emotions. Repeat the parameter or separate values with commas: emotion=grief.")]
    public string[]? Emotion { get; init; }

    [FromQuery(Name = "emotionMatch")]
    [ParameterSchema("string", Values = ["all", "any"], Default = "all", Example = "all")]
    [Description("How several emotions combine: all (default) or any.")]
    public string? EmotionMatch { get; init; }

    [FromQuery(Name = "from")]
    [ParameterSchema("string", Format = "date", Example = "2025-07-01")]
    [Description("First day included, YYYY-MM-DD.")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    [ParameterSchema("string", Format = "date", Example = "2025-07-31")]
    [Description("Last day included, YYYY-MM-DD.")]
    public string? To { get; init; }

    [FromQuery(Name = "year")]
    [ParameterSchema("integer", Minimum = 1, Maximum = 9999, Example = "2025")]
    [Description("Only posts of this year, e.g. 2025.")]
    public string? Year { get; init; }

    [FromQuery(Name = "month")]
    [ParameterSchema("integer", Minimum = 1, Maximum = 12, Example = "7")]
    [Description("Only posts of this month, 1-12; needs year.")]
    public string? Month { get; init; }

    [FromQuery(Name = "q")]
    [ParameterSchema("string", MaxLength = 200, Example = "reaching out")]
    [Description("Full-text search over title, description and body.")]
    public string? Q { get; init; }

    [FromQuery(Name = "sort")]
    [ParameterSchema("string", Values = ["-date", "date", "title", "-title", "relevance"], Default = "-date", Example = "-date")]
    [Description("Order: -date (default, newest first), date, title, -title, relevance (with q).")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page")]
    [ParameterSchema("integer", Minimum = 1, Maximum = int.MaxValue, Default = "1", Example = "1")]
    [Description("Page number, from 1. Default 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [ParameterSchema("integer", Minimum = 1, Maximum = MaxPageSize, Default = "20", Example = "20")]
    [Description("Posts per page, 1-100. Default 20.")]
    public string? PageSize { get; init; }

    public static readonly IReadOnlyDictionary<string, PostSort> Sorts = new Dictionary<string, PostSort>(StringComparer.Ordinal)
    {
        ["-date"] = PostSort.DateDescending,
        ["date"] = PostSort.DateAscending,
        ["title"] = PostSort.TitleAscending,
        ["-title"] = PostSort.TitleDescending,
    };

    public static readonly IReadOnlyDictionary<string, MatchMode> Matches = new Dictionary<string, MatchMode>(StringComparer.OrdinalIgnoreCase)
    {
        ["all"] = MatchMode.All,
        ["any"] = MatchMode.Any,
    };

    /// <summary>The values of a repeatable parameter: repeated, comma-separated, trimmed, normalised like the posts' own.</summary>
    public static IReadOnlyList<string> Terms(string[]? values) =>
        values is null ? [] :
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(FieldValues.NormaliseTerm).Distinct(StringComparer.Ordinal).ToList();

    public static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static bool TryNumber(string? text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    /// <summary>The engine's query; call only once the validator has passed.</summary>
    public PostQuery ToQuery()
    {
        DateOnly? from = TryDay(From, out var f) ? f : null;
        DateOnly? to = TryDay(To, out var t) ? t : null;
        if (TryNumber(Year, out var year))
        {
            var (first, last) = TryNumber(Month, out var month)
                ? (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)))
                : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            from = from is { } a && a > first ? a : first;
            to = to is { } b && b < last ? b : last;
        }

        return new PostQuery
        {
            Tags = Terms(Tag),
            TagMatch = TagMatch is null ? MatchMode.All : Matches[TagMatch],
            Emotions = Terms(Emotion),
            EmotionMatch = EmotionMatch is null ? MatchMode.All : Matches[EmotionMatch],
            From = from,
            To = to,
            Sort = Sort is null ? PostSort.DateDescending : Sorts[Sort],
            Page = TryNumber(Page, out var page) ? page : 1,
            PageSize = TryNumber(PageSize, out var size) ? size : DefaultPageSize,
        };
    }
}
