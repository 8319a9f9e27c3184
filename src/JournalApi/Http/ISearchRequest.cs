namespace JournalApi.Http;

/// <summary>A request type that carries a full-text search, which <see cref="RequestValidation"/> parses once with the request's snapshot.</summary>
public interface ISearchRequest
{
    /// <summary>The search, or null when there is none.</summary>
    string? SearchText { get; }
}
