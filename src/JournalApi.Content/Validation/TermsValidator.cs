using FluentValidation;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Model;

namespace JournalApi.Content.Validation;

/// <summary>The rules shared by <c>tags</c> and <c>emotions</c>.</summary>
public sealed class TermsValidator : AbstractValidator<YamlField>
{
    public TermsValidator(string field)
    {
        RuleFor(x => x).Cascade(CascadeMode.Stop)
            .Must(f => FieldValues.TermItems(f.Value) is not null).Explain(DiagnosticCodes.TermsNotAList, f => f)
                .WithMessage($"'{field}' must be a list such as [connection, midlife] or one text such as \"connection midlife\".")
            .Must(f => FirstInvalid(f) is null).Explain(DiagnosticCodes.TermInvalid, f => f)
                .WithMessage(f => $"'{field}' holds '{Shorten(FirstInvalid(f)!)}': each value must have 1 to {FieldValues.MaxTermLength} characters and no control characters.")
            .Must(f => FieldValues.Terms(f.Value).Count <= EntryValidator.MaxTerms).Explain(DiagnosticCodes.TooManyTerms, f => f)
                .WithMessage(f => $"'{field}' has {FieldValues.Terms(f.Value).Count} values; at most {EntryValidator.MaxTerms} are allowed.")
            .OverridePropertyName(field);
    }

    private static string? FirstInvalid(YamlField field) =>
        FieldValues.TermItems(field.Value)!.FirstOrDefault(raw => !FieldValues.IsValidTerm(FieldValues.NormaliseTerm(raw)));

    private static string Shorten(string text) => text.Length > 60 ? text[..57] + "..." : text;
}
