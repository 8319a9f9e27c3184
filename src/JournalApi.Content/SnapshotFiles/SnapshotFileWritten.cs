using JournalApi.Content.Loading;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>What <see cref="SnapshotFile.Write"/> wrote.</summary>
/// <param name="Snapshots">The snapshots of the journal written.</param>
/// <param name="Files">Source files kept in it.</param>
/// <param name="Bytes">Its size.</param>
public sealed record SnapshotFileWritten(ContentSnapshots Snapshots, int Files, long Bytes);
