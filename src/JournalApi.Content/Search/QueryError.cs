namespace JournalApi.Content.Search;

/// <summary>Why a query cannot be searched; an unknown word is not an error, it simply matches nothing.</summary>
public enum QueryError
{
    None,

    /// <summary>No words at all: empty, blank, or only punctuation, quotes and stars.</summary>
    Empty,

    /// <summary>Longer than <see cref="SearchIndex.MaxQueryLength"/> characters.</summary>
    TooLong,

    /// <summary>Every word is a stop word (<c>the</c>, <c>to be</c>), which the index does not hold.</summary>
    OnlyStopWords,
}
