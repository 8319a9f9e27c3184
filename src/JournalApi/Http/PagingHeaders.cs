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
        var links = new List<string> { Link(http.Request, 1, "first") };
        if (page > 1)
        {
            links.Add(Link(http.Request, Math.Min(page - 1, last), "prev"));
        }

        if (page < last)
        {
            links.Add(Link(http.Request, page + 1, "next"));
        }

        // With no page at all there is nothing to call the last one.
        if (totalPages > 0)
        {
            links.Add(Link(http.Request, last, "last"));
        }

        headers.Link = string.Join(", ", links);
    }

    private static string Link(HttpRequest request, int page, string relation)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(kv => !string.Equals(kv.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => KeyValuePair.Create(kv.Key, v)))
            .Append(KeyValuePair.Create("page", (string?)page.ToString(CultureInfo.InvariantCulture)));
        return $"<{QueryHelpers.AddQueryString(request.PathBase + request.Path, query)}>; rel=\"{relation}\"";
    }
}
