using System.Net;

namespace JournalApi.Tests.Packaging;

/// <summary>
/// The program as it ships (in CI the Native AOT publish) writes a snapshot file with its <c>snapshot</c> verb and then
/// serves from it: the file's key is made from what that program can know about its own build.
/// </summary>
public sealed class PublishedSnapshotFileTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly JournalApiFactory journal = new();
    private readonly string files = Directory.CreateTempSubdirectory("journalapi-published-snapshot-").FullName;

    public void Dispose()
    {
        journal.Dispose();
        Directory.Delete(files, recursive: true);
    }

    [Fact]
    public async Task ThePublishedProgramWritesASnapshotFileAndServesFromIt()
    {
        var file = Path.Combine(files, "journal.snapshot");

        var written = await ProgramProcess.RunAsync(files, Timeout, "snapshot", file, "--content", journal.ContentPath);
        var log = await ServeUntilReadyAsync(file);

        Assert.True(written.ExitCode == 0, written.Stdout + written.Stderr);
        Assert.Contains($"from the snapshot file '{file}'", log, StringComparison.Ordinal);
        Assert.DoesNotContain("is not used", log, StringComparison.Ordinal);
    }

    private async Task<string> ServeUntilReadyAsync(string file)
    {
        var port = ProgramProcess.ClosedPort();
        using var program = ProgramProcess.Start(files, new Dictionary<string, string> { ["Content__SnapshotFile"] = file },
            "--content", journal.ContentPath, "--urls", $"http://127.0.0.1:{port}");
        var stdout = program.StandardOutput.ReadToEndAsync();
        var stderr = program.StandardError.ReadToEndAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            while (!program.HasExited)
            {
                try
                {
                    using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), deadline.Token);
                    if (ready.StatusCode == HttpStatusCode.OK)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(50, deadline.Token);
            }
        }
        finally
        {
            if (!program.HasExited)
            {
                program.Kill(entireProcessTree: true);
            }
        }

        return await stdout + await stderr;
    }
}
