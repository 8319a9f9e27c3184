using JournalApi.Content.Vocabulary;

namespace JournalApi.Http;

/// <summary>
/// Answers 400 problem+json, naming each one, when a request carries a query parameter its endpoint does not declare.
/// The documented parameters are the contract: a typo (<c>tags=</c>) is said rather than silently ignored, and made-up
/// parameters cannot multiply the cached answers or the <c>Link</c> header.
/// </summary>
public sealed class UnknownQueryParametersMiddleware(RequestDelegate next, KnownQueryParameters parameters)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Query.Count == 0 || context.GetEndpoint() is not { } endpoint || parameters.For(endpoint) is not { } known)
        {
            await next(context);
            return;
        }

        var errors = context.Request.Query.Keys.Where(k => !known.Contains(k))
            .ToDictionary(k => k, k => new[] { Explain(k, known) }, StringComparer.Ordinal);
        if (errors.Count == 0)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Unknown query parameter",
                Detail = known.Count == 0
                    ? "This endpoint takes no query parameters."
                    : $"This endpoint takes only: {string.Join(", ", known.Order(StringComparer.Ordinal))}.",
                Extensions = { ["errors"] = errors },
            },
        });
    }

    private static string Explain(string name, IReadOnlySet<string> known)
    {
        var nearest = known.Select(k => (Name: k, Distance: EditDistance.Between(name.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(k => k.Distance <= Math.Max(1, k.Name.Length / 3))
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
            .Select(k => k.Name).FirstOrDefault();
        var shown = name.Length > 50 ? name[..50] + "…" : name;
        return nearest is null
            ? $"'{shown}' is not a parameter of this endpoint."
            : $"'{shown}' is not a parameter of this endpoint; did you mean '{nearest}'?";
    }
}
