using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace JournalApi.Http;

/// <summary>
/// <c>X-Total-Count</c> and the RFC 8288 <c>Link</c> header of a paged answer, no <c>last</c> when no page holds anything;
/// given as <see cref="AnswerHeaders"/>, which the answer cache sends.
/// </summary>
public static class PagingHeaders
{
    public static void Write(HttpContext http, int page, int totalPages, int totalItems)
    {
        var headers = AnswerHeaders.Of(http);
        headers.TotalCount = totalItems.ToString(CultureInfo.InvariantCulture);
        var last = Math.Max(1, totalPages);
        // The request's query is parsed once for all the links (a search asks for three of them).
        var request = http.Request;
        var path = (request.PathBase + request.Path).ToString();
        var kept = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(kv => !string.Equals(kv.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => KeyValuePair.Create(kv.Key, v)))
            .ToArray();
        var links = new List<string>(4) { Link(path, kept, 1, "first") };
        if (page > 1)
        {
            links.Add(Link(path, kept, Math.Min(page - 1, last), "prev"));
        }

        if (page < last)
        {
            links.Add(Link(path, kept, page + 1, "next"));
        }

        // With no page at all there is nothing to call the last one.
        if (totalPages > 0)
        {
            links.Add(Link(path, kept, last, "last"));
        }

        headers.Link = string.Join(", ", links);
    }

    private static string Link(string path, KeyValuePair<string, string?>[] kept, int page, string relation)
    {
        var query = kept.Append(KeyValuePair.Create("page", (string?)page.ToString(CultureInfo.InvariantCulture)));
        return $"<{QueryHelpers.AddQueryString(path, query)}>; rel=\"{relation}\"";
    }
}
