namespace JournalApi.Tests.Browser;

/// <summary>Where tests leave files for people to look at: <c>JOURNALAPI_ARTIFACTS</c> (set by .ci/run), else beside the tests.</summary>
internal static class TestArtifacts
{
    public const string FolderVariable = "JOURNALAPI_ARTIFACTS";

    public static string PathFor(string fileName)
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(Path.GetFullPath(folder), fileName);
    }
}
