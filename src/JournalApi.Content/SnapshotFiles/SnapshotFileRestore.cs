using JournalApi.Content.Loading;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>What <see cref="SnapshotFile.Restore"/> gave: the snapshots to serve, or why the file was not used.</summary>
/// <param name="Snapshots">The snapshots the file held, null when it was not used.</param>
/// <param name="Problem">Why it was not used ("it is stale (...)", "it is truncated ..."), null when it was.</param>
/// <param name="Files">Source files it held.</param>
public sealed record SnapshotFileRestore(ContentSnapshots? Snapshots, string? Problem, int Files)
{
    public bool IsUsed => Snapshots is not null;
}
