namespace JournalApi.Http;

/// <summary>
/// Headers that keep browsers from misreading or framing answers. Swagger UI needs its own scripts and
/// inline styles; every other answer is data and may load nothing at all.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";
    private const string SwaggerUiPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        Apply(context);
        return next(context);
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase) &&
            !context.Request.Path.StartsWithSegments("/swagger/v1", StringComparison.OrdinalIgnoreCase)
                ? SwaggerUiPolicy
                : ApiPolicy;
    }
}
