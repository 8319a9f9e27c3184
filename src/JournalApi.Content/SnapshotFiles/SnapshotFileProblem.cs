namespace JournalApi.Content.SnapshotFiles;

/// <summary>Why a snapshot file cannot be used, phrased to follow "the snapshot file ... is not used: ".</summary>
internal sealed class SnapshotFileProblem(string reason) : Exception(reason);
