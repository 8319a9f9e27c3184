using FluentValidation;

namespace JournalApi.Posts;

/// <summary>The rules of <c>page</c> and <c>pageSize</c>, included by the validator of every paged request.</summary>
internal sealed class PageRequestValidator : AbstractValidator<IPageRequest>
{
    public PageRequestValidator()
    {
        RuleFor(x => x.Page).Must(FilterRequestValidator.BeANumberBetween(1, int.MaxValue)).OverridePropertyName("page")
            .WithMessage(x => $"'{x.Page}' is not a page number; pages are numbered from 1.");
        RuleFor(x => x.PageSize).Must(FilterRequestValidator.BeANumberBetween(1, PostListRequest.MaxPageSize)).OverridePropertyName("pageSize")
            .WithMessage(x => $"'{x.PageSize}' is not a page size from 1 to {PostListRequest.MaxPageSize}.");
    }
}
