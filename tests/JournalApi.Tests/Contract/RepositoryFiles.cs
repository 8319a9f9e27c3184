namespace JournalApi.Tests.Contract;

/// <summary>The files of the repository the tests were built from: found by walking up to the folder holding the solution.</summary>
internal static class RepositoryFiles
{
    private const string SolutionFile = "JournalApi.sln";

    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    /// <summary>The full path of a repository-relative path written with '/'.</summary>
    public static string PathOf(string relativePath) =>
        Path.Combine([Root, .. relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries)]);

    /// <summary>A repository file's text with CRLF turned into LF, so that a Windows checkout compares equal.</summary>
    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}.");
    }
}
