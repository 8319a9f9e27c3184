using Microsoft.Playwright;

namespace JournalApi.Tests.Browser;

/// <summary>
/// The machine's own Chromium (Debian's <c>chromium</c>, or <c>JOURNALAPI_CHROMIUM</c>), driven by Playwright.
/// Playwright's browser download is never used: the test skips, saying why, when there is no browser.
/// </summary>
internal static class Chromium
{
    public const string PathVariable = "JOURNALAPI_CHROMIUM";
    private const string DebianChromium = "/usr/bin/chromium";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DebianChromium;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingReason => File.Exists(ExecutablePath)
        ? null
        : $"No Chromium at {ExecutablePath}: install Debian's chromium (apt-get install chromium) or set {PathVariable}.";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        // As root in a container there is no sandbox to use; nothing here may reach past loopback.
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
        ],
    });
}
