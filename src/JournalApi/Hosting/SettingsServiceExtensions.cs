using System.Diagnostics.CodeAnalysis;
using JournalApi.Configuration;
using JournalApi.Content.Loading;
using Microsoft.Extensions.Options;

namespace JournalApi.Hosting;

public static class SettingsServiceExtensions
{
    /// <summary>
    /// Every settings section, bound and validated the same way (<see cref="SettingsValidator{T}"/>, then the section's
    /// own rules), and the engine's <see cref="LoadOptions"/> made from them: serving and <c>validate</c> both register
    /// these, so that both read exactly the same settings. <see cref="SettingsCheck"/> reads them all before start.
    /// </summary>
    public static IServiceCollection AddJournalSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<ContentOptions>(configuration, ContentOptions.Section);
        services.AddSingleton<IValidateOptions<ContentOptions>, ContentOptionsValidator>();
        services.AddSettings<SiteOptions>(configuration, SiteOptions.Section);
        services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();
        services.AddSettings<RateLimitOptions>(configuration, RateLimitOptions.Section);
        services.AddSettings<CorsSettings>(configuration, CorsSettings.Section);
        services.AddSingleton<IValidateOptions<CorsSettings>, CorsSettingsValidator>();
        services.AddSettings<ProxySettings>(configuration, ProxySettings.Section);
        services.AddSingleton<IValidateOptions<ProxySettings>, ProxySettingsValidator>();
        services.AddSettings<LimitsOptions>(configuration, LimitsOptions.Section);
        services.AddSettings<CachingOptions>(configuration, CachingOptions.Section);
        services.AddSingleton<IValidateOptions<CachingOptions>, CachingOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ContentOptions>>().Value.ToLoadOptions(sp.GetRequiredService<IOptions<SiteOptions>>().Value));
        return services;
    }

    private static void AddSettings<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] T>(this IServiceCollection services,
        IConfiguration configuration, string section)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new SettingsValidator<T>(configuration, section));
        services.AddSingleton(new SettingsSection(section, sp => sp.GetRequiredService<IOptions<T>>().Value));
        services.AddOptions<T>().Configure(o => Bind(configuration.GetSection(section), o)).ValidateOnStart();
    }

    /// <summary>A section read as it stands, before the settings are validated: a value that cannot be read keeps its default.</summary>
    internal static T Read<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] T>(IConfiguration configuration, string section)
        where T : new()
    {
        var options = new T();
        Bind(configuration.GetSection(section), options);
        return options;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = RootedTypes.Justification)]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = RootedTypes.Justification)]
    private static void Bind<T>(IConfigurationSection section, T options)
    {
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException)
        {
            // A value that cannot be read as its type: SettingsValidator names it, with what is accepted, instead of a stack trace.
        }
    }
}
