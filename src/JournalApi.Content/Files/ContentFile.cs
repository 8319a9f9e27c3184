namespace JournalApi.Content.Files;

/// <summary>A candidate entry found under the content folder.</summary>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="RelativePath">Path relative to the content folder, '/'-separated; what diagnostics and ordering use.</param>
/// <param name="Length">Size in bytes when it was found.</param>
/// <param name="LastWriteUtc">Last write time when it was found.</param>
public sealed record ContentFile(string FullPath, string RelativePath, long Length, DateTime LastWriteUtc)
{
    public string FileName => Path.GetFileName(RelativePath);
}
