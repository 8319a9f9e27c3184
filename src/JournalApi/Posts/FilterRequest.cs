using System.ComponentModel;
using System.Globalization;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Search;
using JournalApi.Http;
using JournalApi.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace JournalApi.Posts;

/// <summary>
/// The filters every list of posts takes (posts, feeds, the emotional timeline), bound as text so that every bad
/// value reaches the validator and is answered with a 400 that names the parameter, never with a binding failure.
/// </summary>
public record FilterRequest : ISearchRequest
{
    /// <summary>How every list parameter is read, said once for the document.</summary>
    public const string ListRules =
        " Repeat the parameter, or separate values with commas within one (both at once work too); spaces around a value are dropped and " +
        "values are compared lower-cased. A value that itself holds a comma is written with a backslash before it (tag=rock\\,paper " +
        "is the one tag 'rock,paper'); '\\\\' is one backslash, and a backslash before anything else stays as written. At most 20 different " +
        "values in all, each 1-50 characters, and at most 1024 characters in one occurrence of the parameter.";

    [FromQuery(Name = "tag")]
    [ParameterSchema("array", MaxItems = FilterRequestValidator.MaxValuesPerFilter, MaxLength = FilterRequestValidator.MaxParameterLength, Example = "grief")]
    [Description("Only posts with these tags: tag=grief&tag=connection, or tag=grief,connection." + ListRules)]
    public string[]? Tag { get; init; }

    [FromQuery(Name = "tagMatch")]
    [ParameterSchema("string", Values = ["all", "any"], Example = "any")]
    [Description("How several tags combine: all (default; the post has every tag) or any. Lower-case, as every value of a list of choices.")]
    public string? TagMatch { get; init; }

    [FromQuery(Name = "emotion")]
    [ParameterSchema("array", MaxItems = FilterRequestValidator.MaxValuesPerFilter, MaxLength = FilterRequestValidator.MaxParameterLength, Example = "grief")]
    [Description("Only posts with these emotions (or their descendants in emotions.yml; aliases work too): emotion=grief." + ListRules)]
    public string[]? Emotion { get; init; }

    [FromQuery(Name = "emotionMatch")]
    [ParameterSchema("string", Values = ["all", "any", "exact"], Example = "exact")]
    [Description("How several emotions combine: all (default) or any; exact is all without the descendants an emotions.yml declares (emotion=sadness then does not match grief). Lower-case.")]
    public string? EmotionMatch { get; init; }

    [FromQuery(Name = "excludeTag")]
    [ParameterSchema("array", MaxItems = FilterRequestValidator.MaxValuesPerFilter, MaxLength = FilterRequestValidator.MaxParameterLength, Example = "family")]
    [Description("Leave out posts with any of these tags." + ListRules)]
    public string[]? ExcludeTag { get; init; }

    [FromQuery(Name = "excludeEmotion")]
    [ParameterSchema("array", MaxItems = FilterRequestValidator.MaxValuesPerFilter, MaxLength = FilterRequestValidator.MaxParameterLength, Example = "loneliness")]
    [Description("Leave out posts with any of these emotions (and, unless emotionMatch=exact, their descendants)." + ListRules)]
    public string[]? ExcludeEmotion { get; init; }

    [FromQuery(Name = "category")]
    [ParameterSchema("array", MaxItems = FilterRequestValidator.MaxValuesPerFilter, MaxLength = FilterRequestValidator.MaxParameterLength, Example = "travel")]
    [Description("Only posts in these categories (front matter categories, or Jekyll's folders above _posts): category=travel." + ListRules)]
    public string[]? Category { get; init; }

    [FromQuery(Name = "categoryMatch")]
    [ParameterSchema("string", Values = ["all", "any"], Example = "any")]
    [Description("How several categories combine: all (default; the post is in every one) or any. Lower-case.")]
    public string? CategoryMatch { get; init; }

    [FromQuery(Name = "excludeCategory")]
    [ParameterSchema("array", MaxItems = FilterRequestValidator.MaxValuesPerFilter, MaxLength = FilterRequestValidator.MaxParameterLength, Example = "work")]
    [Description("Leave out posts in any of these categories." + ListRules)]
    public string[]? ExcludeCategory { get; init; }

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
    [ParameterSchema("string", MaxLength = SearchIndex.MaxQueryLength, Example = "reaching out")]
    [Description("Full-text search over title, description and body: every word must match (stemmed, so 'reaching' finds 'reach'; " +
        "case and accents ignored); \"quoted words\" must appear together; connect* matches words starting with 'connect' and the other forms of those words. " +
        "Up to 200 characters and 20 words.")]
    public string? Q { get; init; }

    public static readonly IReadOnlyDictionary<string, MatchMode> TagMatches = new Dictionary<string, MatchMode>(StringComparer.Ordinal)
    {
        ["all"] = MatchMode.All,
        ["any"] = MatchMode.Any,
    };

    public static readonly IReadOnlyDictionary<string, MatchMode> EmotionMatches = new Dictionary<string, MatchMode>(StringComparer.Ordinal)
    {
        ["all"] = MatchMode.All,
        ["any"] = MatchMode.Any,
        ["exact"] = MatchMode.Exact,
    };

    /// <summary>
    /// The values of a repeatable parameter: repeated, comma-separated (<c>\,</c> is a comma inside a value), trimmed,
    /// normalised like the posts' own.
    /// </summary>
    public static IReadOnlyList<string> Terms(string[]? values) =>
        values is null ? [] :
        values.SelectMany(v => ListValues.Split(v ?? ""))
            .Select(FieldValues.NormaliseTerm).Distinct(StringComparer.Ordinal).ToList();

    public static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static bool TryNumber(string? text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    /// <summary>The search, or null when <c>q</c> is absent or blank (a cleared search box shows every post).</summary>
    public string? SearchText => string.IsNullOrWhiteSpace(Q) ? null : Q;

    /// <summary>Whether any filter was given, so that a post's neighbours must be found among the matches.</summary>
    public bool HasFilters =>
        Tag is not null || Emotion is not null || ExcludeTag is not null || ExcludeEmotion is not null || Category is not null ||
        ExcludeCategory is not null || From is not null ||
        To is not null || Year is not null || Month is not null || SearchText is not null;

    /// <summary>
    /// The engine's filters (first page, newest first), with the search as parsed by the snapshot to be asked
    /// (<see cref="RequestSnapshot.Search"/>); call only once the request is valid.
    /// </summary>
    public PostQuery ToFilters(ParsedQuery? search)
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
            TagMatch = TagMatch is null ? MatchMode.All : TagMatches[TagMatch],
            Emotions = Terms(Emotion),
            EmotionMatch = EmotionMatch is null ? MatchMode.All : EmotionMatches[EmotionMatch],
            ExcludeTags = Terms(ExcludeTag),
            ExcludeEmotions = Terms(ExcludeEmotion),
            Categories = Terms(Category),
            CategoryMatch = CategoryMatch is null ? MatchMode.All : TagMatches[CategoryMatch],
            ExcludeCategories = Terms(ExcludeCategory),
            Search = search,
            From = from,
            To = to,
        };
    }
}
