namespace JournalApi.Content.Search.Querying;

/// <summary>Post ids best first and their scores, at the same indexes.</summary>
internal sealed record Ranking(int[] Ids, float[] Scores);
