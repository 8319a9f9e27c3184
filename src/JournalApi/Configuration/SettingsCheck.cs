using Microsoft.Extensions.Options;

namespace JournalApi.Configuration;

/// <summary>Reads every settings section once, validated, before anything is served or checked.</summary>
public static class SettingsCheck
{
    /// <summary>Every failure of every section, one line each naming its key; empty when all are valid.</summary>
    public static IReadOnlyList<string> Failures(IServiceProvider services)
    {
        var failures = new List<string>();
        foreach (var section in services.GetServices<SettingsSection>())
        {
            try
            {
                _ = section.Read(services);
            }
            catch (OptionsValidationException e)
            {
                failures.AddRange(e.Failures);
            }
        }

        return failures;
    }
}
