namespace JournalApi.Content.Tests.Support;

/// <summary>A content folder of its own for one test, deleted afterwards.</summary>
internal sealed class TempContentFolder : IDisposable
{
    public TempContentFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "journalapi-content-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Write(string relative, string text) => WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Copies a fixture in, under its own file name unless another relative path is given.</summary>
    public string Copy(string fixture, string? relative = null) =>
        WriteBytes(relative ?? Path.GetFileName(fixture), File.ReadAllBytes(Fixtures.PathOf(fixture)));

    public string Folder(string relative) => Directory.CreateDirectory(PathOf(relative)).FullName;

    public void Dispose()
    {
        // Deleting a symbolic link removes the link, never what it points at.
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
