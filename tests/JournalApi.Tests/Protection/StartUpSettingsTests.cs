using JournalApi.Tests.Packaging;

namespace JournalApi.Tests.Protection;

/// <summary>A wrong setting of any section stops start-up with one line naming the key, never a stack trace.</summary>
public sealed class StartUpSettingsTests
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "not-an-address", "ForwardedHeaders:KnownProxies:0")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99", "ForwardedHeaders:KnownNetworks:0")]
    [InlineData("Limits:StreamsPerClient", "0", "StreamsPerClient")]
    [InlineData("Limits:StreamKeepAliveSeconds", "-5", "StreamKeepAliveSeconds")]
    [InlineData("Limits:MaxConnections", "-1", "Limits:MaxConnections is -1; use a number from 0 to 10000000.")]
    [InlineData("Content:RawHtml", "bogus", "Content:RawHtml is 'bogus'; use one of omit, sanitize.")]
    [InlineData("Content:Templates", "liquid", "Content:Templates is 'liquid'; use one of auto, jekyll, hugo, none.")]
    [InlineData("Content:Strict", "maybe", "Content:Strict is 'maybe'; use true or false.")]
    [InlineData("RateLimit:Burst", "many", "RateLimit:Burst is 'many'; use a whole number.")]
    [InlineData("Site:BaseUrl", "notaurl", "Site:BaseUrl is 'notaurl'; use an absolute http or https URL")]
    [InlineData("Cors:AllowedOrigins:0", "notanorigin", "Cors:AllowedOrigins:0 is 'notanorigin', which is not an origin")]
    [InlineData("Cors:PreflightMaxAgeSeconds", "-5", "Cors:PreflightMaxAgeSeconds is -5; use a number from 0 to 86400.")]
    [InlineData("Http:CacheControl:Api", " ", "Http:CacheControl:Api is empty")]
    public async Task AWrongSettingStopsStartUpWithOneLineNamingIt(string key, string value, string named)
    {
        var folder = Directory.CreateTempSubdirectory("journalapi-tests-");
        try
        {
            var (exitCode, stdout, stderr) = await ProgramProcess.RunAsync(folder.FullName, ProcessTimeout,
                "--content", folder.FullName, "--urls", "http://127.0.0.1:0", $"--{key}", value);

            var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, exitCode);
            var line = Assert.Single(errors);
            Assert.StartsWith("JournalApi cannot start: ", line, StringComparison.Ordinal);
            Assert.Contains(named, line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stdout + line, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
