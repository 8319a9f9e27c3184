using JournalApi.Content.Loading;

namespace JournalApi.Http;

public static class ContentReadiness
{
    /// <summary>Answers 503 problem+json until the first load has completed, so handlers can rely on a snapshot.</summary>
    public static TBuilder RequireContent<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var store = context.HttpContext.RequestServices.GetRequiredService<ContentStore>();
            return store.IsReady
                ? await next(context)
                : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Content is loading",
                    detail: "The journal is still being loaded; try again in a moment.");
        });
        builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable,
            typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
        return builder;
    }
}
