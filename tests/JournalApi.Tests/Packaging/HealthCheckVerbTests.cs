using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace JournalApi.Tests.Packaging;

/// <summary>
/// The container's HEALTHCHECK runs <c>/app/JournalApi healthcheck</c>: run here the same way, as a child process (the
/// program CI published, as the Dockerfile publishes it, when JOURNALAPI_PUBLISH_DIR names it; otherwise the build beside
/// the tests), against an instance on a real loopback port and against a port where nothing listens.
/// </summary>
public sealed class HealthCheckVerbTests
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task HealthcheckVerbExits0AgainstAReadyInstance()
    {
        await using var factory = new JournalApiFactory();
        var address = await factory.StartOnLoopbackAsync();

        var (exitCode, text) = await RunHealthCheckAsync(new Uri(address, "/health/ready"));

        Assert.True(exitCode == 0, text);
        Assert.Contains(": 200", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthcheckVerbExits1AgainstAClosedPort()
    {
        var (exitCode, text) = await RunHealthCheckAsync(new Uri($"http://127.0.0.1:{ClosedPort()}/health/ready"));

        Assert.True(exitCode == 1, $"exit code {exitCode}: {text}");
    }

    private static async Task<(int ExitCode, string Text)> RunHealthCheckAsync(Uri url)
    {
        var published = Environment.GetEnvironmentVariable("JOURNALAPI_PUBLISH_DIR") is { Length: > 0 } folder ? folder : null;
        var start = new ProcessStartInfo(published is null ? Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet" : Path.Combine(published, "JournalApi"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var arguments = new[] { "healthcheck", url.ToString() };
        foreach (var argument in published is null ? [Path.Combine(AppContext.BaseDirectory, "JournalApi.dll"), .. arguments] : arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ProcessTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"healthcheck {url} did not exit within {ProcessTimeout}.");
        }

        return (process.ExitCode, $"{await stdout}{await stderr}".Trim());
    }

    /// <summary>A loopback port that was free a moment ago and that nothing listens on now.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
