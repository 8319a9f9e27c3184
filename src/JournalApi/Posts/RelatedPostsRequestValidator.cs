using FluentValidation;

namespace JournalApi.Posts;

/// <summary>The rule of <c>GET /api/posts/{slug}/related</c>'s query string: a number of posts from 1 to 50.</summary>
public sealed class RelatedPostsRequestValidator : AbstractValidator<RelatedPostsRequest>
{
    public RelatedPostsRequestValidator() =>
        RuleFor(x => x.Limit).Must(FilterRequestValidator.BeANumberBetween(1, RelatedPostsRequest.MaxLimit)).OverridePropertyName("limit")
            .WithMessage(x => $"'{x.Limit}' is not a number of posts from 1 to {RelatedPostsRequest.MaxLimit}.");
}
