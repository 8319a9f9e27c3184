using JournalApi.Configuration;
using JournalApi.Content.Loading;
using JournalApi.Journal;
using Microsoft.Extensions.Options;

namespace JournalApi.Hosting;

public static class ContentServiceExtensions
{
    /// <summary>The content engine: options validated at start-up, the loader, the store and the background load.</summary>
    public static IServiceCollection AddJournalContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>().Bind(configuration.GetSection(ContentOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ContentOptions>, ContentOptionsValidator>();
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            var site = sp.GetRequiredService<IOptions<SiteOptions>>().Value;
            return new ContentLibrary(ContentFolder.Resolve(options, sp.GetRequiredService<IHostEnvironment>()),
                options.ToLoadOptions() with { Permalink = site.Permalink, LiquidSite = LiquidSite(options, site) },
                sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<ContentStore>();
        services.AddSingleton<FolderWatch>();
        services.AddSingleton<ContentStart>();
        services.AddHostedService<ContentRefreshService>();
        return services;
    }

    /// <summary>
    /// Liquid's <c>site.*</c>: <c>url</c>, <c>baseurl</c> and <c>title</c> from the Site section, as Jekyll's _config.yml
    /// gives them, then Content:LiquidSite, whose keys win.
    /// </summary>
    private static Dictionary<string, string> LiquidSite(ContentOptions content, SiteOptions site)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = site.Title };
        if (site.BaseUrl is { IsAbsoluteUri: true } baseUrl)
        {
            values["url"] = baseUrl.GetLeftPart(UriPartial.Authority);
            values["baseurl"] = baseUrl.AbsolutePath.TrimEnd('/');
        }

        foreach (var (key, value) in content.LiquidSite ?? [])
        {
            values[key] = value;
        }

        return values;
    }
}
