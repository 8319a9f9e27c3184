using JournalApi.Configuration;
using JournalApi.Http;
using JournalApi.Journal;
using Microsoft.Extensions.Options;

namespace JournalApi.Cli;

/// <summary>Serves until stopped. A wrong setting ends start-up with one line naming it, never a stack trace.</summary>
public static class ServeVerb
{
    public static async Task<int> RunAsync(WebApplication app)
    {
        try
        {
            // Validated here, before the host starts, so that the host never logs the failure with its stack trace.
            if (SettingsCheck.Failures(app.Services) is [_, ..] failures)
            {
                foreach (var failure in failures)
                {
                    await Console.Error.WriteLineAsync($"JournalApi cannot start: {failure}");
                }

                return 2;
            }

            var caps = app.Services.GetRequiredService<ConnectionCaps>();
            if (app.Logger.IsEnabled(LogLevel.Information))
            {
                app.Logger.LogInformation("At most {Connections} connections (open-file limit {Descriptors}), {Streams} event streams, {PerClient} per client.",
                    caps.MaxConnections, caps.DescriptorLimit, caps.MaxStreams, caps.StreamsPerClient);
            }

            BeginLoading(app.Services.GetRequiredService<ContentStart>());
            await app.RunAsync();
            return Environment.ExitCode;
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                await Console.Error.WriteLineAsync($"JournalApi cannot start: {failure}");
            }

            return 2;
        }
        catch (IOException e)
        {
            // The address is taken or cannot be bound: nothing can be served, so say why in one line and exit non-zero.
            await Console.Error.WriteLineAsync($"JournalApi cannot serve: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// Begins the first load now rather than when the host starts its services, so that it overlaps the rest of start-up.
    /// A folder that cannot be watched is left for the content watch service to meet again and report as it always has.
    /// </summary>
    private static void BeginLoading(ContentStart start)
    {
        try
        {
            _ = start.Begin();
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
        }
    }
}
