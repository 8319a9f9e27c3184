using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using JournalApi.Tests.Packaging;

namespace JournalApi.Tests.Faults;

/// <summary>
/// A folder that its reader may not list is a diagnostic, never a silently empty journal: at start-up (the validate verb
/// exits 1 naming it) and while serving (its entries stay served). Run as a user without root's rights
/// (<see cref="OtherUserProcess"/>). Also: a process that cannot serve at all exits non-zero with one line.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableFolderTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task AnUnreadableSubFolderAtStartUpMakesValidateExit1NamingIt()
    {
        Skip.If(OtherUserProcess.Unavailable is not null, OtherUserProcess.Unavailable);
        var folder = OtherUserProcess.OpenFolder("journalapi-unreadable-");
        try
        {
            OtherUserProcess.Write(folder, "a/first-light.md", BadFiles.Valid("First Light"));
            OtherUserProcess.Write(folder, "b/second-light.md", BadFiles.Valid("Second Light"));
            File.SetUnixFileMode(Path.Combine(folder, "b"), UnixFileMode.None);

            using var validate = OtherUserProcess.Start("validate", "--content", folder);
            var text = await validate.StandardOutput.ReadToEndAsync() + await validate.StandardError.ReadToEndAsync();
            await validate.WaitForExitAsync().WaitAsync(Patience);

            Assert.True(validate.ExitCode == 1, $"exit code {validate.ExitCode}: {text}");
            Assert.Contains("b: error JA0020:", text, StringComparison.Ordinal);
            Assert.DoesNotContain(folder, text, StringComparison.Ordinal);
        }
        finally
        {
            Remove(folder);
        }
    }

    [SkippableFact]
    public async Task ASubFolderThatBecomesUnreadableKeepsItsEntriesServedWithADiagnostic()
    {
        Skip.If(OtherUserProcess.Unavailable is not null, OtherUserProcess.Unavailable);
        var folder = OtherUserProcess.OpenFolder("journalapi-unreadable-");
        var port = ProgramProcess.ClosedPort();
        using var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Process? server = null;
        try
        {
            OtherUserProcess.Write(folder, "a/first-light.md", BadFiles.Valid("First Light"));
            OtherUserProcess.Write(folder, "b/second-light.md", BadFiles.Valid("Second Light"));
            server = OtherUserProcess.Start("--content", folder, "--urls", api.BaseAddress.ToString(), "--Content:PollSeconds", "0.2",
                "--RateLimit:Enabled", "false");
            await UntilAsync(api, "/health/ready", body => body.Contains("\"ready\"", StringComparison.Ordinal));
            Assert.Equal(["first-light", "second-light"], (await api.GetSlugsAsync("")).Order(StringComparer.Ordinal));

            File.SetUnixFileMode(Path.Combine(folder, "b"), UnixFileMode.None);
            var diagnostics = await UntilAsync(api, "/api/diagnostics", body => body.Contains("JA0020", StringComparison.Ordinal));

            Assert.Equal(["first-light", "second-light"], (await api.GetSlugsAsync("")).Order(StringComparer.Ordinal));
            var item = Assert.Single((await api.GetJsonAsync("/api/diagnostics")).GetProperty("items").EnumerateArray());
            Assert.Equal(("b", "JA0020", true), (item.GetProperty("path").GetString(), item.GetProperty("code").GetString(),
                item.GetProperty("servingLastGood").GetBoolean()));
            Assert.DoesNotContain(folder, diagnostics, StringComparison.Ordinal);
        }
        finally
        {
            if (server is not null)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
                server.Dispose();
            }

            Remove(folder);
        }
    }

    [Fact]
    public async Task AProcessThatCannotServeAtAllExitsNonZeroWithOneLine()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var folder = Directory.CreateTempSubdirectory("journalapi-taken-").FullName;
        try
        {
            using var process = ProgramProcess.Start(Path.GetTempPath(), "--content", folder, "--urls", $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}",
                "--Logging:LogLevel:Default", "None");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(Patience);

            Assert.Equal(1, process.ExitCode);
            var line = Assert.Single((await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("JournalApi cannot serve: ", line, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> UntilAsync(HttpClient api, string path, Func<string, bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        var last = "";
        while (deadline.Elapsed < Patience)
        {
            try
            {
                last = await api.GetStringAsync(path);
                if (condition(last))
                {
                    return last;
                }
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Waited {Patience.TotalSeconds:0} s on {path}; last answer: {last}");
        return last;
    }

    private static void Remove(string folder)
    {
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            File.SetUnixFileMode(sub, OtherUserProcess.ReadAndEnter);
        }

        Directory.Delete(folder, recursive: true);
    }
}
