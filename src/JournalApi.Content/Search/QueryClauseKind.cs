namespace JournalApi.Content.Search;

public enum QueryClauseKind
{
    /// <summary>One word, matched by its stem: <c>reaching</c> finds <c>reach</c> and <c>reached</c>.</summary>
    Word,

    /// <summary>Words in this order, next to each other (<c>"reaching out"</c>); stop words between them keep their place.</summary>
    Phrase,

    /// <summary>Any indexed word that starts with the text (<c>connect*</c>), up to <see cref="SearchIndex.MaxPrefixExpansions"/> terms.</summary>
    Prefix,
}
