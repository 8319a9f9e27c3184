using FluentValidation;
using JournalApi.Http;

namespace JournalApi.Posts;

/// <summary>
/// The rules of <c>GET /api/posts</c>'s order and page, each failure naming its parameter; its filters are
/// <see cref="FilterRequestValidator"/>'s, and the search they carry reaches these rules through the validation context.
/// </summary>
public sealed class PostListRequestValidator : AbstractValidator<PostListRequest>
{
    public PostListRequestValidator()
    {
        RuleFor(x => x.Sort).Cascade(CascadeMode.Stop)
            .Must(s => s is null || PostListRequest.Sorts.ContainsKey(s))
            .WithMessage(x => $"'{x.Sort}' is not a sort order; use one of -date, date, title, -title, relevance.")
            .Must((_, s, context) => s != "relevance" || SearchText(context) is not null)
            .WithMessage("sort=relevance orders search results; it needs q.")
            .OverridePropertyName("sort");

        Include(new PageRequestValidator());
    }

    private static string? SearchText(ValidationContext<PostListRequest> context) =>
        context.RootContextData.TryGetValue(nameof(ISearchRequest), out var search) ? (search as ISearchRequest)?.SearchText : null;
}
