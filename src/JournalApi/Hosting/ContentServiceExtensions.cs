using JournalApi.Configuration;
using JournalApi.Content.Loading;
using JournalApi.Journal;
using Microsoft.Extensions.Options;

namespace JournalApi.Hosting;

public static class ContentServiceExtensions
{
    /// <summary>The content engine over the settings (<see cref="SettingsServiceExtensions.AddJournalSettings"/>): the loader, the store and the background load.</summary>
    public static IServiceCollection AddJournalContent(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ContentLibrary(
            ContentFolder.Resolve(sp.GetRequiredService<IOptions<ContentOptions>>().Value, sp.GetRequiredService<IHostEnvironment>()),
            sp.GetRequiredService<LoadOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ContentStore>();
        services.AddSingleton<FolderWatch>();
        services.AddSingleton<ContentStart>();
        services.AddHostedService<ContentRefreshService>();
        return services;
    }
}
