using FluentValidation;
using JournalApi.Content.FrontMatter;

namespace JournalApi.Content.Validation;

/// <summary>Where a failure was written and how to fix it; carried as a failure's custom state.</summary>
public sealed record Where(YamlField? Field, string? Suggestion);

internal static class RuleExplanations
{
    /// <summary>Gives a rule its stable code, its severity and the field it points at.</summary>
    public static IRuleBuilderOptions<T, TProperty> Explain<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, Func<T, YamlField?> at,
        Severity severity = Severity.Error, string? suggestion = null) =>
        rule.WithErrorCode(code).WithSeverity(severity).WithState(x => new Where(at(x), suggestion));

    public static IRuleBuilderOptions<T, TProperty> Explain<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, Func<T, YamlField?> at, string suggestion) =>
        rule.Explain(code, at, Severity.Error, suggestion);
}
