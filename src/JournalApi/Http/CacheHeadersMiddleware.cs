namespace JournalApi.Http;

/// <summary>Gives every GET answer its caching headers (<see cref="CachePolicy"/>) as it starts, when its status is final.</summary>
public sealed class CacheHeadersMiddleware(RequestDelegate next, CachePolicy policy)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.OnStarting(static state =>
            {
                var (http, policy) = ((HttpContext, CachePolicy))state;
                policy.Apply(http);
                return Task.CompletedTask;
            }, (context, policy));
        }

        return next(context);
    }
}
