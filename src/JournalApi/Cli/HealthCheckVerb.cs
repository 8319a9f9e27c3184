namespace JournalApi.Cli;

/// <summary>Asks a running instance whether it is ready: exit 0 on 200, 1 otherwise.</summary>
public static class HealthCheckVerb
{
    public static async Task<int> RunAsync(IReadOnlyList<string> operands)
    {
        var port = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS")?.Split(';', ',')[0] ?? "8080";
        var url = operands.Count > 0 ? operands[0] : $"http://127.0.0.1:{port}/health/ready";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            await Console.Out.WriteLineAsync($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await Console.Error.WriteLineAsync($"{url}: {e.Message}");
            return 1;
        }
    }
}
