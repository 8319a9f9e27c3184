namespace JournalApi.Tests.Packaging;

/// <summary>
/// The container's HEALTHCHECK runs <c>/app/JournalApi healthcheck</c>: run here the same way, as a child process
/// (<see cref="ProgramProcess"/>), against an instance on a real loopback port and against a port where nothing listens.
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
        var (exitCode, text) = await RunHealthCheckAsync(new Uri($"http://127.0.0.1:{ProgramProcess.ClosedPort()}/health/ready"));

        Assert.True(exitCode == 1, $"exit code {exitCode}: {text}");
    }

    private static async Task<(int ExitCode, string Text)> RunHealthCheckAsync(Uri url)
    {
        var (exitCode, stdout, stderr) = await ProgramProcess.RunAsync(Directory.GetCurrentDirectory(), ProcessTimeout, "healthcheck", url.ToString());
        return (exitCode, $"{stdout}{stderr}".Trim());
    }

}
