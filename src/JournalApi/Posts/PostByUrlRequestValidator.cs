using FluentValidation;

namespace JournalApi.Posts;

/// <summary>The rule of <c>GET /api/posts/by-url</c>'s query string: a path on the site is given.</summary>
public sealed class PostByUrlRequestValidator : AbstractValidator<PostByUrlRequest>
{
    public PostByUrlRequestValidator() =>
        RuleFor(x => x.Path).Must(BeAPathOnTheSite).OverridePropertyName("path")
            .WithMessage($"Give the path of a page on the site, starting with '/' and at most {PostByUrlRequest.MaxPathLength} characters: ?path=/2013/09/06/old-name.html.");

    private static bool BeAPathOnTheSite(string? path) =>
        !string.IsNullOrWhiteSpace(path) && path.StartsWith('/') && path.Length <= PostByUrlRequest.MaxPathLength && !path.Any(char.IsControl);
}
