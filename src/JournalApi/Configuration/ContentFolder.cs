namespace JournalApi.Configuration;

/// <summary>Where the content folder is on disk: relative paths are taken from the current directory.</summary>
public static class ContentFolder
{
    public static string Resolve(ContentOptions options, IHostEnvironment environment) =>
        System.IO.Path.GetFullPath(options.Path, Directory.GetCurrentDirectory());
}
