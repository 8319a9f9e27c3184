using FluentValidation;
using JournalApi.Content.FrontMatter;

namespace JournalApi.Posts;

/// <summary>Every rule of <c>GET /api/posts</c>'s query string; each failure names its parameter.</summary>
public sealed class PostListRequestValidator : AbstractValidator<PostListRequest>
{
    public const int MaxValuesPerFilter = 20;

    public PostListRequestValidator()
    {
        RuleFor(x => x.Tag).Must(HaveValidTerms).OverridePropertyName("tag")
            .WithMessage($"Each tag must have 1 to {FieldValues.MaxTermLength} characters without control characters, and at most {MaxValuesPerFilter} tags may be given.");
        RuleFor(x => x.Emotion).Must(HaveValidTerms).OverridePropertyName("emotion")
            .WithMessage($"Each emotion must have 1 to {FieldValues.MaxTermLength} characters without control characters, and at most {MaxValuesPerFilter} emotions may be given.");
        RuleFor(x => x.TagMatch).Must(BeAMatchMode).OverridePropertyName("tagMatch")
            .WithMessage(x => $"'{x.TagMatch}' is not a match mode; use 'all' or 'any'.");
        RuleFor(x => x.EmotionMatch).Must(BeAMatchMode).OverridePropertyName("emotionMatch")
            .WithMessage(x => $"'{x.EmotionMatch}' is not a match mode; use 'all' or 'any'.");

        RuleFor(x => x.From).Must(BeARealCalendarDay).OverridePropertyName("from")
            .WithMessage(x => $"'{x.From}' is not a calendar day written YYYY-MM-DD.");
        RuleFor(x => x.To).Must(BeARealCalendarDay).OverridePropertyName("to")
            .WithMessage(x => $"'{x.To}' is not a calendar day written YYYY-MM-DD.");
        RuleFor(x => x.To).Must((x, to) => !PostListRequest.TryDay(x.From, out var from) || !PostListRequest.TryDay(to, out var end) || from <= end)
            .OverridePropertyName("to").WithMessage(x => $"'to' ({x.To}) is before 'from' ({x.From}).");

        RuleFor(x => x.Year).Must(BeANumberBetween(1, 9999)).OverridePropertyName("year")
            .WithMessage(x => $"'{x.Year}' is not a year from 1 to 9999.");
        RuleFor(x => x.Month).Cascade(CascadeMode.Stop)
            .Must(BeANumberBetween(1, 12)).WithMessage(x => $"'{x.Month}' is not a month from 1 to 12.")
            .Must((x, _) => x.Year is not null).WithMessage("'month' needs 'year' (year=2025&month=7).")
            .When(x => x.Month is not null)
            .OverridePropertyName("month");

        RuleFor(x => x.Q).Null().OverridePropertyName("q")
            .WithMessage("Full-text search is not available yet; remove 'q'.");
        RuleFor(x => x.Sort).Must(s => s is null || PostListRequest.Sorts.ContainsKey(s)).OverridePropertyName("sort")
            .WithMessage(x => $"'{x.Sort}' is not a sort order; use one of -date, date, title, -title.");

        RuleFor(x => x.Page).Must(BeANumberBetween(1, int.MaxValue)).OverridePropertyName("page")
            .WithMessage(x => $"'{x.Page}' is not a page number; pages are numbered from 1.");
        RuleFor(x => x.PageSize).Must(BeANumberBetween(1, PostListRequest.MaxPageSize)).OverridePropertyName("pageSize")
            .WithMessage(x => $"'{x.PageSize}' is not a page size from 1 to {PostListRequest.MaxPageSize}.");
    }

    private static bool HaveValidTerms(string[]? values)
    {
        var terms = PostListRequest.Terms(values);
        return terms.Count <= MaxValuesPerFilter && terms.All(FieldValues.IsValidTerm);
    }

    private static bool BeAMatchMode(string? mode) => mode is null || PostListRequest.Matches.ContainsKey(mode);

    private static bool BeARealCalendarDay(string? day) => day is null || PostListRequest.TryDay(day, out _);

    private static Func<string?, bool> BeANumberBetween(int min, int max) =>
        text => text is null || (PostListRequest.TryNumber(text, out var n) && n >= min && n <= max);
}
