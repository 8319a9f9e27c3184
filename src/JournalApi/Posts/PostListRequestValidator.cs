using FluentValidation;

namespace JournalApi.Posts;

/// <summary>Every rule of <c>GET /api/posts</c>'s query string; each failure names its parameter.</summary>
public sealed class PostListRequestValidator : AbstractValidator<PostListRequest>
{
    public PostListRequestValidator()
    {
        Include(new FilterRequestValidator());

        RuleFor(x => x.Sort).Cascade(CascadeMode.Stop)
            .Must(s => s is null || PostListRequest.Sorts.ContainsKey(s))
            .WithMessage(x => $"'{x.Sort}' is not a sort order; use one of -date, date, title, -title, relevance.")
            .Must((x, s) => s != "relevance" || x.SearchText is not null)
            .WithMessage("sort=relevance orders search results; it needs q.")
            .OverridePropertyName("sort");

        Include(new PageRequestValidator());
    }
}
