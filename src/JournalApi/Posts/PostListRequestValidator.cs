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

        RuleFor(x => x.Page).Must(FilterRequestValidator.BeANumberBetween(1, int.MaxValue)).OverridePropertyName("page")
            .WithMessage(x => $"'{x.Page}' is not a page number; pages are numbered from 1.");
        RuleFor(x => x.PageSize).Must(FilterRequestValidator.BeANumberBetween(1, PostListRequest.MaxPageSize)).OverridePropertyName("pageSize")
            .WithMessage(x => $"'{x.PageSize}' is not a page size from 1 to {PostListRequest.MaxPageSize}.");
    }
}
