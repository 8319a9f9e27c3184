using FluentValidation;
using JournalApi.AnswerCache;
using JournalApi.Configuration;
using JournalApi.Http;
using JournalApi.Media;
using JournalApi.Posts;

namespace JournalApi.Hosting;

public static class HttpServiceExtensions
{
    /// <summary>JSON, problem details and request validation, as every endpoint uses them.</summary>
    public static IServiceCollection AddJournalHttp(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
            // System.Text.Json writes a response with the source-generated fast path only while every answer of its type
            // stayed under half this size; with the default 16 KB one search page of 20 snippets (about 16 KB) turned it
            // off for good. 256 KB keeps it on for every page size the API allows.
            o.SerializerOptions.DefaultBufferSize = 256 * 1024;
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // Stack traces and exception messages never leave the process, whatever the environment.
            c.ProblemDetails.Extensions.Remove("exception");
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
        });
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        // Validators hold no state, and building one (its rules and their expression trees) cost more than a search.
        services.AddValidatorsFromAssemblyContaining<PostListRequestValidator>(ServiceLifetime.Singleton, includeInternalTypes: false);
        services.AddSingleton<CachePolicy>();
        services.AddSingleton<CachedAnswers>();
        services.AddSingleton<MediaETags>();
        services.AddSingleton<KnownQueryParameters>();
        return services;
    }

    /// <summary>
    /// One central place turns failures into problem+json; HEAD becomes GET; every answer gets its security headers, and
    /// every GET answer its caching headers as it starts; then a cached answer, when nothing on the way would change it;
    /// then routing and the protections (so that cached answers are rate-limited and carry CORS headers); then the check
    /// that every query parameter is one the endpoint declares; then the answer cache, which makes and keeps answers.
    /// </summary>
    public static WebApplication UseJournalHttp(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseMiddleware<HeadAsGetMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<CacheHeadersMiddleware>();
        app.UseMiddleware<AnswerCacheMiddleware>(AnswerCacheStage.BeforeRouting);
        // Routing after HEAD became GET, so that HEAD finds the GET endpoints instead of a 405.
        app.UseRouting();
        app.UseJournalProtection();
        app.UseStatusCodePages();
        app.UseMiddleware<UnknownQueryParametersMiddleware>();
        app.UseMiddleware<AnswerCacheMiddleware>(AnswerCacheStage.Answer);
        return app;
    }
}
