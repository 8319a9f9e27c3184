using JournalApi.Content.Model;
using JournalApi.Content.Vocabulary;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>emotions.yml as a library last read it.</summary>
/// <param name="Stamp">Its last write time (default when there is no such file).</param>
/// <param name="Length">Its size.</param>
/// <param name="Hash">The SHA-256 of its bytes, when known.</param>
/// <param name="Vocabulary">The vocabulary in use.</param>
/// <param name="Diagnostics">What reading it reported.</param>
internal sealed record VocabularyState(DateTime Stamp, long Length, byte[]? Hash, EmotionVocabulary Vocabulary, IReadOnlyList<Diagnostic> Diagnostics);
