namespace JournalApi.Content.Files;

/// <summary>
/// Which folder a content path names right now: the final target of a symbolic link, which Kubernetes volumes and
/// git-sync swap atomically. (A folder deleted and made again under the same name keeps its identity here: its files
/// carry new write times, and the watcher above the folder signals it.)
/// </summary>
public sealed record RootIdentity(string Target)
{
    public static RootIdentity Of(string root)
    {
        try
        {
            return new RootIdentity(File.ResolveLinkTarget(root, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(root));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new RootIdentity(Path.GetFullPath(root));
        }
    }
}
