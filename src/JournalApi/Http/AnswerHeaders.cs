namespace JournalApi.Http;

/// <summary>
/// The headers that describe an answer's body (<c>X-Total-Count</c>, <c>Link</c>), given by the handler that made it as
/// a request feature rather than written on the response, so that the answer cache keeps them with the body and one
/// writer sends them, on the first answer as on every kept one.
/// </summary>
public sealed class AnswerHeaders
{
    public string TotalCount { get; set; } = "";

    public string Link { get; set; } = "";

    /// <summary>The request's feature, made on first use.</summary>
    public static AnswerHeaders Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Features.Get<AnswerHeaders>() is not { } headers)
        {
            headers = new AnswerHeaders();
            http.Features.Set(headers);
        }

        return headers;
    }
}
