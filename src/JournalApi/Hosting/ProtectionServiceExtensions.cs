using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using JournalApi.Changes;
using JournalApi.Configuration;
using JournalApi.Http;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace JournalApi.Hosting;

/// <summary>
/// What protects a public, read-only service: a rate limit per client, CORS, security headers, request size
/// limits, caps on connections and event streams, forwarded headers from known proxies only, and a shutdown that
/// lets in-flight requests finish (event streams end at once, see <c>ChangeEvents</c>).
/// </summary>
public static class ProtectionServiceExtensions
{
    public const string RateLimitLimit = "RateLimit-Limit";
    public const string RateLimitRemaining = "RateLimit-Remaining";
    public const string RateLimitReset = "RateLimit-Reset";

    public static IServiceCollection AddJournalProtection(this IServiceCollection services)
    {
        services.AddSingleton<ConnectionCaps>();
        services.AddSingleton<StreamLimiter>();
        services.AddSingleton<ChangeEvents>();

        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(PartitionFor);
            o.OnRejected = RejectAsync;
        });
        services.AddCors();
        // From the validated settings, when first asked for (a wrong one has stopped start-up by then).
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((o, settings) => o.AddDefaultPolicy(policy =>
        {
            var cors = settings.Value;
            policy = cors.AllowedOrigins.Length == 0 ? policy.AllowAnyOrigin() : policy.WithOrigins(cors.AllowedOrigins);
            policy.WithMethods("GET", "HEAD").WithHeaders("If-None-Match", "Last-Event-ID", SnapshotSelection.PreviewKeyHeader)
                .SetPreflightMaxAge(TimeSpan.FromSeconds(cors.PreflightMaxAgeSeconds))
                .WithExposedHeaders("ETag", "Link", "X-Total-Count", "X-Content-Version", "Retry-After", RateLimitLimit, RateLimitRemaining, RateLimitReset);
        }));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxySettings>>((o, proxies) =>
        {
            // The defaults trust loopback; emptied, the middleware would trust everyone. Only what is configured counts.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.Value.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddOptions<KestrelServerOptions>().Configure<IServiceProvider>((o, provider) =>
        {
            o.AddServerHeader = false;
            o.Limits.MaxRequestLineSize = 8 * 1024;
            o.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            o.Limits.MaxRequestHeaderCount = 64;
            o.Limits.MaxRequestBodySize = 0;
            // Beyond it Kestrel closes new connections at once, so the process keeps descriptors to work with.
            o.Limits.MaxConcurrentConnections = CapsOrNull(provider)?.MaxConnections;
        });
        // Under Docker's 10 s between SIGTERM and SIGKILL; event streams do not count, they end as soon as stopping begins.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(8));
        return services;
    }

    public static WebApplication UseJournalProtection(this WebApplication app)
    {
        // Without a configured proxy the middleware is left out altogether: nobody may say who the client is.
        // (The lists are only counted here; they are validated, and parsed, when the host starts.)
        if (SettingsServiceExtensions.Read<ProxySettings>(app.Configuration, ProxySettings.Section) is { TrustsAnyProxy: true })
        {
            app.UseForwardedHeaders();
        }

        app.UseCors();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// The caps, or null while the Limits settings are wrong: Kestrel's options are made as the host is built, before
    /// <c>ServeVerb</c> validates every setting and reports a wrong one as one line (a throw here would be a stack trace).
    /// </summary>
    private static ConnectionCaps? CapsOrNull(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<ConnectionCaps>();
        }
        catch (OptionsValidationException)
        {
            return null;
        }
    }

    private static RateLimitPartition<string> PartitionFor(HttpContext http)
    {
        var settings = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        if (!settings.Enabled || http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetNoLimiter("exempt");
        }

        return RateLimitPartition.GetTokenBucketLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.Burst,
            TokensPerPeriod = settings.PerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        // The bucket's size, nothing left of it, and when a request will be let through again (draft-ietf-httpapi-ratelimit-headers).
        var settings = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        http.Response.Headers[RateLimitLimit] = settings.Burst.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers[RateLimitRemaining] = "0";
        http.Response.Headers[RateLimitReset] = retryAfter.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This address sent more requests than the limit allows; try again in {retryAfter} second(s).",
            },
        });
    }
}
