using FluentValidation;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Search;

namespace JournalApi.Posts;

/// <summary>The rules of the filters every list takes; each failure names its parameter.</summary>
public sealed class FilterRequestValidator : AbstractValidator<FilterRequest>
{
    public const int MaxValuesPerFilter = 20;

    /// <summary>Characters in one occurrence of a list parameter: room for 20 values of 50 characters, their commas and escapes.</summary>
    public const int MaxParameterLength = 1024;

    public FilterRequestValidator()
    {
        RuleFor(x => x.Tag).Must(HaveValidTerms).OverridePropertyName("tag")
            .WithMessage($"Each tag must have 1 to {FieldValues.MaxTermLength} characters without control characters, and at most {MaxValuesPerFilter} tags may be given.");
        RuleFor(x => x.Emotion).Must(HaveValidTerms).OverridePropertyName("emotion")
            .WithMessage($"Each emotion must have 1 to {FieldValues.MaxTermLength} characters without control characters, and at most {MaxValuesPerFilter} emotions may be given.");
        RuleFor(x => x.ExcludeTag).Must(HaveValidTerms).OverridePropertyName("excludeTag")
            .WithMessage($"Each excluded tag must have 1 to {FieldValues.MaxTermLength} characters without control characters, and at most {MaxValuesPerFilter} may be given.");
        RuleFor(x => x.ExcludeEmotion).Must(HaveValidTerms).OverridePropertyName("excludeEmotion")
            .WithMessage($"Each excluded emotion must have 1 to {FieldValues.MaxTermLength} characters without control characters, and at most {MaxValuesPerFilter} may be given.");
        RuleFor(x => x.Tag).Must(FitInOneParameter).OverridePropertyName("tag").WithMessage(TooLong);
        RuleFor(x => x.Emotion).Must(FitInOneParameter).OverridePropertyName("emotion").WithMessage(TooLong);
        RuleFor(x => x.ExcludeTag).Must(FitInOneParameter).OverridePropertyName("excludeTag").WithMessage(TooLong);
        RuleFor(x => x.ExcludeEmotion).Must(FitInOneParameter).OverridePropertyName("excludeEmotion").WithMessage(TooLong);
        RuleFor(x => x.Category).Must(FitInOneParameter).OverridePropertyName("category").WithMessage(TooLong);
        RuleFor(x => x.ExcludeCategory).Must(FitInOneParameter).OverridePropertyName("excludeCategory").WithMessage(TooLong);
        RuleFor(x => x.Category).Must(HaveValidTerms).OverridePropertyName("category")
            .WithMessage($"Each category must have 1 to {FieldValues.MaxTermLength} characters without control characters, and at most {MaxValuesPerFilter} categories may be given.");
        RuleFor(x => x.ExcludeCategory).Must(HaveValidTerms).OverridePropertyName("excludeCategory")
            .WithMessage($"Each excluded category must have 1 to {FieldValues.MaxTermLength} characters without control characters, and at most {MaxValuesPerFilter} may be given.");
        RuleFor(x => x.CategoryMatch).Must(m => m is null || FilterRequest.TagMatches.ContainsKey(m)).OverridePropertyName("categoryMatch")
            .WithMessage(x => $"'{x.CategoryMatch}' is not a match mode; use 'all' or 'any' (lower-case).");
        RuleFor(x => x.Q).MaximumLength(SearchIndex.MaxQueryLength).OverridePropertyName("q")
            .WithMessage(x => $"The search has {x.Q!.Length} characters; at most {SearchIndex.MaxQueryLength} are read.");
        RuleFor(x => x.Q).Must(q => q is null || !q.Any(char.IsControl)).OverridePropertyName("q")
            .WithMessage("The search holds a control character; send words, quotes and '*' only.");
        RuleFor(x => x.TagMatch).Must(m => m is null || FilterRequest.TagMatches.ContainsKey(m)).OverridePropertyName("tagMatch")
            .WithMessage(x => $"'{x.TagMatch}' is not a match mode; use 'all' or 'any' (lower-case).");
        RuleFor(x => x.EmotionMatch).Must(m => m is null || FilterRequest.EmotionMatches.ContainsKey(m)).OverridePropertyName("emotionMatch")
            .WithMessage(x => $"'{x.EmotionMatch}' is not a match mode; use 'all', 'any' or 'exact' (lower-case).");

        RuleFor(x => x.From).Must(BeARealCalendarDay).OverridePropertyName("from")
            .WithMessage(x => $"'{x.From}' is not a calendar day written YYYY-MM-DD.");
        RuleFor(x => x.To).Must(BeARealCalendarDay).OverridePropertyName("to")
            .WithMessage(x => $"'{x.To}' is not a calendar day written YYYY-MM-DD.");
        RuleFor(x => x.To).Must((x, to) => !FilterRequest.TryDay(x.From, out var from) || !FilterRequest.TryDay(to, out var end) || from <= end)
            .OverridePropertyName("to").WithMessage(x => $"'to' ({x.To}) is before 'from' ({x.From}).");

        RuleFor(x => x.Year).Must(BeANumberBetween(1, 9999)).OverridePropertyName("year")
            .WithMessage(x => $"'{x.Year}' is not a year from 1 to 9999.");
        RuleFor(x => x.Month).Cascade(CascadeMode.Stop)
            .Must(BeANumberBetween(1, 12)).WithMessage(x => $"'{x.Month}' is not a month from 1 to 12.")
            .Must((x, _) => x.Year is not null).WithMessage("'month' needs 'year' (year=2025&month=7).")
            .When(x => x.Month is not null)
            .OverridePropertyName("month");
    }

    private static bool HaveValidTerms(string[]? values)
    {
        var terms = FilterRequest.Terms(values);
        return terms.Count <= MaxValuesPerFilter && terms.All(FieldValues.IsValidTerm);
    }

    private const string TooLong = "One occurrence of a list parameter holds at most 1024 characters; repeat the parameter instead.";

    private static bool FitInOneParameter(string[]? values) => values is null || values.All(v => (v ?? "").Length <= MaxParameterLength);

    private static bool BeARealCalendarDay(string? day) => day is null || FilterRequest.TryDay(day, out _);

    internal static Func<string?, bool> BeANumberBetween(int min, int max) =>
        text => text is null || (FilterRequest.TryNumber(text, out var n) && n >= min && n <= max);
}
