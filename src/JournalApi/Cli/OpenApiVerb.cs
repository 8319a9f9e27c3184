using JournalApi.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace JournalApi.Cli;

/// <summary>
/// Writes the OpenAPI document byte for byte as <see cref="OpenApiServiceExtensions.DocumentPath"/> serves it:
/// starts on a free loopback port, asks itself, stops.
/// </summary>
public static class OpenApiVerb
{
    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> operands)
    {
        if (operands.Count != 1)
        {
            await Console.Error.WriteLineAsync(CommandLine.Usage);
            return 2;
        }

        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var document = await client.GetByteArrayAsync(new Uri(OpenApiServiceExtensions.DocumentPath, UriKind.Relative));
            await File.WriteAllBytesAsync(operands[0], document);
            await Console.Out.WriteLineAsync($"Wrote {Path.GetFullPath(operands[0])}");
            return 0;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
