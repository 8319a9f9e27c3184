namespace JournalApi.Configuration;

/// <summary>One settings section as registered (<c>AddJournalSettings</c>), and how to read it, validated, from the services.</summary>
public sealed record SettingsSection(string Name, Func<IServiceProvider, object> Read);
