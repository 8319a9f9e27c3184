namespace JournalApi.Posts;

/// <summary>A request for one page of a list: <c>page</c> and <c>pageSize</c>, as text so that a bad value reaches the validator.</summary>
public interface IPageRequest
{
    string? Page { get; }

    string? PageSize { get; }
}
