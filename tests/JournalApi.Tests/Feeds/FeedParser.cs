using System.Diagnostics;
using System.Text.Json;

namespace JournalApi.Tests.Feeds;

/// <summary>
/// Python's feedparser, the library most feed readers build on: Debian's <c>python3-feedparser</c> under the system
/// Python (or <c>JOURNALAPI_PYTHON</c>). Tests skip, saying why, where it is missing; <c>.ci/run</c> installs it.
/// </summary>
internal static class FeedParser
{
    public const string PythonVariable = "JOURNALAPI_PYTHON";
    private const string DebianPython = "/usr/bin/python3";

    // Prints what a reader would see: whether the parser had to guess (bozo), and each entry's fields.
    private const string Script = """
        import json, sys, feedparser
        d = feedparser.parse(sys.stdin.buffer.read())
        print(json.dumps({
            "bozo": int(d.bozo), "problem": str(d.get("bozo_exception", "")), "version": d.version,
            "id": d.feed.get("id"), "updated": d.feed.get("updated"),
            "self": [l.get("href") for l in d.feed.get("links", []) if l.get("rel") == "self"],
            "entries": [{k: e.get(k) for k in ("id", "title", "link", "published", "summary")} for e in d.entries],
        }))
        """;

    private static readonly Lazy<string?> Missing = new(FindMissingReason);

    private static string Python => Environment.GetEnvironmentVariable(PythonVariable) is { Length: > 0 } path ? path : DebianPython;

    /// <summary>Why feedparser cannot run here, or null when it can.</summary>
    public static string? MissingReason => Missing.Value;

    /// <summary>Parses a feed's bytes and returns what feedparser made of them.</summary>
    public static async Task<JsonElement> ParseAsync(byte[] feed)
    {
        var (exit, output, error) = await RunAsync(["-c", Script], feed);
        Assert.True(exit == 0, $"feedparser failed: {error}");
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    private static string? FindMissingReason()
    {
        try
        {
            var (exit, _, _) = RunAsync(["-c", "import feedparser"], []).GetAwaiter().GetResult();
            return exit == 0 ? null : $"{Python} has no feedparser: apt-get install python3-feedparser, or set {PythonVariable}.";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return $"No Python at {Python}: apt-get install python3-feedparser, or set {PythonVariable}.";
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] arguments, byte[] input)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.BaseStream.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
