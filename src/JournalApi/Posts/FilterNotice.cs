using System.ComponentModel;
using JournalApi.Content.Snapshots;

namespace JournalApi.Posts;

/// <summary>A filter value that no post carries and no vocabulary declares: not an error (a tag may simply be unused), but said.</summary>
public sealed record FilterNotice(
    [property: Description("The parameter that holds the value: tag, emotion, excludeTag or excludeEmotion.")] string Parameter,
    [property: Description("The value as the filter compares it (trimmed, lower-case).")] string Value,
    [property: Description("What is wrong, for a person: \"No post carries the tag 'conection'; did you mean 'connection'?\"")] string Message,
    [property: Description("The nearest known tag or emotion, or null when none is near.")] string? Suggestion)
{
    /// <summary>A notice for each unknown tag or emotion in the filters, in the order of the parameters and their values.</summary>
    public static IReadOnlyList<FilterNotice> For(FilterRequest filters, ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (filters.Tag is null && filters.ExcludeTag is null && filters.Emotion is null && filters.ExcludeEmotion is null)
        {
            return [];
        }

        return
        [
            .. Tags("tag", filters.Tag, snapshot), .. Tags("excludeTag", filters.ExcludeTag, snapshot),
            .. Emotions("emotion", filters.Emotion, snapshot), .. Emotions("excludeEmotion", filters.ExcludeEmotion, snapshot),
        ];
    }

    private static IEnumerable<FilterNotice> Tags(string parameter, string[]? values, ContentSnapshot snapshot) =>
        FilterRequest.Terms(values).Where(tag => !snapshot.KnowsTag(tag)).Select(tag => Unknown(parameter, "tag", tag, snapshot.NearestTag(tag)));

    private static IEnumerable<FilterNotice> Emotions(string parameter, string[]? values, ContentSnapshot snapshot) =>
        FilterRequest.Terms(values).Where(emotion => !snapshot.KnowsEmotion(emotion))
            .Select(emotion => Unknown(parameter, "emotion", emotion, snapshot.NearestEmotion(emotion)));

    private static FilterNotice Unknown(string parameter, string kind, string value, string? nearest) => new(parameter, value,
        nearest is null ? $"No post carries the {kind} '{value}'." : $"No post carries the {kind} '{value}'; did you mean '{nearest}'?", nearest);
}
