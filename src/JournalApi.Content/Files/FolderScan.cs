using JournalApi.Content.Model;

namespace JournalApi.Content.Files;

/// <summary>What one walk of the content folder found.</summary>
/// <param name="Files">Every entry file, sorted by relative path (ordinal).</param>
/// <param name="Diagnostics">Links, unreadable or vanished folders, names that cannot be read.</param>
/// <param name="Unlisted">Folders that could not be listed, as relative prefixes ending in '/' ("" for the content folder itself).</param>
public sealed record FolderScan(IReadOnlyList<ContentFile> Files, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Unlisted)
{
    /// <summary>Whether a file's relative path lies in a folder that could not be listed: what it held is unknown.</summary>
    public bool IsUnlisted(string relativePath) => Unlisted.Any(prefix => relativePath.StartsWith(prefix, StringComparison.Ordinal));
}
