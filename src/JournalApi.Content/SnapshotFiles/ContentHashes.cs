using System.Security.Cryptography;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>
/// SHA-256 of a file's bytes as they are on disk: what a snapshot file keeps per source file, so that a file whose size
/// and time changed but whose content did not (a fresh checkout, a copy) is known to give the same result without being
/// loaded again.
/// </summary>
internal static class ContentHashes
{
    public const int Length = SHA256.HashSizeInBytes;

    /// <summary>The hash of the file's bytes, or null when it cannot be read.</summary>
    public static byte[]? Of(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            return SHA256.HashData(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static bool Matches(string path, byte[] hash) => Of(path) is { } now && now.AsSpan().SequenceEqual(hash);
}
