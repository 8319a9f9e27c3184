using JournalApi.Configuration;
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
            _ = app.Services.GetRequiredService<IOptions<ContentOptions>>().Value;
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
    }
}
