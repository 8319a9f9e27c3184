using FluentValidation;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Search;

namespace JournalApi.Posts;

/// <summary>
/// Checks a list request in full: its validator's rules, then <c>q</c> as the index of the snapshot that will answer
/// understands it (a search of stop words only, say, cannot be run). The search must be parsed by that same snapshot,
/// since a snapshot published meanwhile has other term ids.
/// </summary>
public static class SearchBinding
{
    /// <summary>Every error, by parameter name; with none, <paramref name="search"/> is the parsed <c>q</c> (null without one).</summary>
    public static Dictionary<string, string[]> Check<TRequest>(TRequest request, IValidator<TRequest> validator, ContentSnapshot snapshot,
        out ParsedQuery? search)
        where TRequest : FilterRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(snapshot);
        var errors = validator.Validate(request).ToDictionary().ToDictionary(StringComparer.Ordinal);
        search = null;
        if (request.SearchText is { } text && !errors.ContainsKey("q"))
        {
            search = snapshot.SearchIndex.Parse(text);
            if (search.ErrorMessage is { } message)
            {
                errors["q"] = [message];
                search = null;
            }
        }

        return errors;
    }
}
