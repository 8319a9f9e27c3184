using JournalApi.Content.Model;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>Everything a <see cref="Loading.ContentLibrary"/> knows of its folder: what a snapshot file holds besides the search index.</summary>
/// <param name="Files">Every source file, ordered by relative path (ordinal).</param>
/// <param name="FolderDiagnostics">What the last walk of the folder reported (links, unreadable folders).</param>
/// <param name="Vocabulary">emotions.yml as last read.</param>
internal sealed record LibraryState(IReadOnlyList<FileEntry> Files, IReadOnlyList<Diagnostic> FolderDiagnostics, VocabularyState Vocabulary);
