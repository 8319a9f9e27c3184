using JournalApi.OpenApi;
using Microsoft.OpenApi;

namespace JournalApi.Hosting;

public static class OpenApiServiceExtensions
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/swagger/v1/swagger.json";

    public static IServiceCollection AddJournalOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "JournalApi",
                Version = "v1",
                Description = "A headless REST API over a Markdown journal: posts filtered by tag, emotion and date, " +
                    "with tags, emotions and an archive. Every GET carries an ETag and answers If-None-Match with 304; " +
                    "errors are application/problem+json (RFC 9457) with an 'errors' object naming each bad parameter. " +
                    "The documented parameters are the contract: any other query parameter answers 400, naming it.",
                Contact = new OpenApiContact { Name = "JournalApi", Url = new Uri("https://example.org/journalapi") },
                License = new OpenApiLicense { Name = "MIT", Url = new Uri("https://opensource.org/licenses/MIT") },
            });
            // Nullable annotations decide what the schemas call nullable and required, so generated clients agree with the C#.
            o.SupportNonNullableReferenceTypes();
            o.NonNullableReferenceTypesAsRequired();
            // A property that points to another schema keeps its own description (allOf instead of a bare $ref).
            o.UseAllOfToExtendReferenceSchemas();
            o.ParameterFilter<ParameterSchemaFilter>();
            o.SchemaFilter<AlwaysSentSchemaFilter>();
            o.SchemaFilter<ProblemSchemaFilter>();
            o.OperationFilter<ConditionalGetOperationFilter>();
            o.OperationFilter<RateLimitOperationFilter>();
            o.OperationFilter<ProtectionOperationFilter>();
            o.DocumentFilter<DocumentInfoFilter>();
        });
        return services;
    }

    /// <summary>The document at <see cref="DocumentPath"/>, Swagger UI at <c>/swagger</c>, and <c>/</c> redirecting there.</summary>
    public static WebApplication UseJournalOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint(DocumentPath, "JournalApi v1");
            o.DocumentTitle = "JournalApi";
        });
        app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
        return app;
    }
}
