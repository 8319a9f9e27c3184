using System.Text.Json;
using JournalApi.Posts;

namespace JournalApi.Tests.Posts;

/// <summary>
/// The name of a related post's field listing what both posts carry, taken from the response type as the API's JSON
/// names it, so that the tests read the field the API writes.
/// </summary>
internal static class RelatedFields
{
    public static readonly string Shared = JsonNamingPolicy.CamelCase.ConvertName(nameof(RelatedPostItem.Shared));

    public static JsonElement SharedOf(JsonElement item) => item.GetProperty(Shared);
}
