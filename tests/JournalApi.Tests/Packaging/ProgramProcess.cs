using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace JournalApi.Tests.Packaging;

/// <summary>
/// The program as a child process: the one CI published, as the Dockerfile publishes it, when JOURNALAPI_PUBLISH_DIR
/// names it; otherwise the build beside the tests.
/// </summary>
internal static class ProgramProcess
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    public static Process Start(string workingDirectory, params string[] arguments) => Start(workingDirectory, NoEnvironment, arguments);

    /// <summary>Starts the program with <paramref name="environment"/> added to this process's environment.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Start(workingDirectory, environment, PublishedFolder(), arguments);

    private static string? PublishedFolder() =>
        Environment.GetEnvironmentVariable("JOURNALAPI_PUBLISH_DIR") is { Length: > 0 } folder ? folder : null;

    private static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, string? published, string[] arguments)
    {
        var start = new ProcessStartInfo(published is null ? Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet" : Path.Combine(published, "JournalApi"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        // Whatever the machine's environment says, the program's own settings decide.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var argument in published is null ? [Path.Combine(AppContext.BaseDirectory, "JournalApi.dll"), .. arguments] : arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs the program to its end; killed, and a <see cref="TimeoutException"/>, when it outlives <paramref name="timeout"/>.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunAsync(workingDirectory, timeout, NoEnvironment, arguments);

    /// <summary>As <see cref="RunAsync(string, TimeSpan, string[])"/>, with <paramref name="environment"/> added.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunAsync(Start(workingDirectory, environment, arguments), timeout, arguments);

    /// <summary>
    /// As <see cref="RunAsync(string, TimeSpan, string[])"/>, always with the build beside the tests, even when CI names a
    /// published one: for output that only the very build the test's in-process server runs accepts (a snapshot file is
    /// keyed by the engine's build).
    /// </summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunBesideTheTestsAsync(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunAsync(Start(workingDirectory, NoEnvironment, published: null, arguments), timeout, arguments);

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(Process started, TimeSpan timeout, string[] arguments)
    {
        using var process = started;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', arguments)} did not exit within {timeout}.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>A loopback port that was free a moment ago and that nothing listens on now.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
