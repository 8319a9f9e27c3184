using System.Net;
using JournalApi.Configuration;
using JournalApi.Tests.Live;
using Microsoft.Extensions.Configuration;

namespace JournalApi.Tests.Packaging;

/// <summary>
/// appsettings.json ships beside the program; it must be read wherever the program is started from, as a service
/// manager or a shell in another folder starts it (not only from its own folder, as the container does).
/// </summary>
public sealed class AppSettingsTests
{
    [Fact]
    public async Task AProgramStartedFromAnotherFolderReadsTheSettingsBesideIt()
    {
        var folder = Directory.CreateTempSubdirectory("journalapi-elsewhere-");
        try
        {
            var content = Directory.CreateDirectory(Path.Combine(folder.FullName, "journal"));
            await File.WriteAllTextAsync(Path.Combine(content.FullName, "first-light.md"), Entry.Valid("First Light"));
            var port = ProgramProcess.ClosedPort();
            using var process = ProgramProcess.Start(folder.FullName, "--urls", $"http://127.0.0.1:{port}", "--content", "journal");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                await WaitUntilReadyAsync(client, process);
                using var tags = await client.GetAsync(new Uri("/api/tags", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, tags.StatusCode);
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            var log = await output + await errors;
            // The journal's own messages are logged at Information...
            Assert.Contains("Loaded 1 posts", log, StringComparison.Ordinal);
            // ...while appsettings.json keeps ASP.NET Core's per-request messages (Information by default) out.
            Assert.DoesNotContain("Request starting", log, StringComparison.Ordinal);
            Assert.DoesNotContain("Executing endpoint", log, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheShippedSettingsAreTheDefaultsTheReadmeDocuments()
    {
        var shipped = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();

        Assert.Equal(new ContentOptions(), shipped.GetSection(ContentOptions.Section).Get<ContentOptions>());
        Assert.Equal(new SiteOptions(), shipped.GetSection(SiteOptions.Section).Get<SiteOptions>());
        Assert.Equal(new RateLimitOptions(), shipped.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>());
        Assert.Equal(new LimitsOptions(), shipped.GetSection(LimitsOptions.Section).Get<LimitsOptions>());
    }

    private static async Task WaitUntilReadyAsync(HttpClient client, System.Diagnostics.Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(process.HasExited, "the program exited before it was ready");
            try
            {
                using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, "the program was not ready within 60 s");
            await Task.Delay(100);
        }
    }
}
