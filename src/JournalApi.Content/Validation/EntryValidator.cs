using FluentValidation;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Model;

namespace JournalApi.Content.Validation;

/// <summary>Every rule of the entry format, one chain per field. Each failure carries a stable code and where it was written.</summary>
public sealed class EntryValidator : AbstractValidator<EntryFields>
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 500;
    public const int MaxTerms = 50;

    public EntryValidator()
    {
        RuleFor(x => x.Title).Cascade(CascadeMode.Stop)
            .NotNull().Explain(DiagnosticCodes.TitleMissing, x => x.Title, Severity.Warning)
                .WithMessage(x => $"There is no title; \"{Slugs.ToTitle(x.ServedSlug)}\" is made from the file name.")
                .WithState(x => new Where(null, $"Add 'title: \"{Slugs.ToTitle(x.ServedSlug)}\"' or a title of your own."))
            .Must(BeText!).Explain(DiagnosticCodes.TitleNotText, x => x.Title)
                .WithMessage("The title must be text, not a list or a mapping.")
            .Must(t => TrimmedLength(t!) >= 1).Explain(DiagnosticCodes.TitleLength, x => x.Title)
                .WithMessage("The title is empty; write at least one character.")
            .Must(t => TrimmedLength(t!) <= MaxTitleLength).Explain(DiagnosticCodes.TitleLength, x => x.Title, Severity.Warning)
                .WithMessage(x => $"The title has {TrimmedLength(x.Title!)} characters, more than the {MaxTitleLength} a title usually has; it is served whole.")
                .WithState(x => new Where(x.Title, "Move part of it into 'description'."));

        RuleFor(x => x.Date).Cascade(CascadeMode.Stop)
            .NotNull().When(x => x.FileName.Date is null).Explain(DiagnosticCodes.DateMissing, x => x.Date)
                .WithMessage("There is no date: neither a 'date:' field nor a file name like 2025-07-09-slug.md.")
                .WithState(_ => new Where(null, "Add 'date: YYYY-MM-DD', or rename the file to start with its date."));
        RuleFor(x => x.Date!).Cascade(CascadeMode.Stop)
            .Must(BeText).Explain(DiagnosticCodes.DateFormat, x => x.Date).WithSeverity(ErrorUnlessTheNameHasADate)
                .WithMessage(x => "The date must be written as text such as 2025-07-09." + NameDateUsed(x))
            .Must((x, d) => ReadDate(x, d) != DateReading.UnknownFormat).Explain(DiagnosticCodes.DateFormat, x => x.Date, DateSuggestion)
                .WithSeverity(ErrorUnlessTheNameHasADate)
                .WithMessage((x, d) => $"'{FieldValues.Text(d.Value)}' is not a date JournalApi reads." + NameDateUsed(x))
            .Must(BeARealCalendarDate).Explain(DiagnosticCodes.DateNotOnCalendar, x => x.Date).WithSeverity(ErrorUnlessTheNameHasADate)
                .WithMessage((x, d) => $"'{FieldValues.Text(d.Value)}' is not a day on the calendar." + NameDateUsed(x))
            .When(x => x.Date is not null);

        RuleFor(x => x.Updated!).Cascade(CascadeMode.Stop)
            .Must((x, d) => BeText(d) && ReadDate(x, d) == DateReading.Read)
                .Explain(DiagnosticCodes.UpdatedInvalid, x => x.Updated, Severity.Warning, DateSuggestion)
                .WithMessage((_, d) => $"'{d.Key}' is not a date JournalApi reads, so it is ignored.")
            .When(x => x.Updated is not null);

        RuleFor(x => x.Tags!).SetValidator(new TermsValidator("tags")).When(x => x.Tags is not null);
        RuleFor(x => x.Emotions!).SetValidator(new TermsValidator("emotions")).When(x => x.Emotions is not null);
        RuleFor(x => x.Categories!).SetValidator(new TermsValidator("categories")).When(x => x.Categories is not null);
        RuleFor(x => x.Permalink!)
            .Must(BeText).Explain(DiagnosticCodes.PermalinkNotText, x => x.Permalink, Severity.Warning)
                .WithMessage("'permalink' must be text such as /2013/09/06/old-name.html; the configured pattern is used.")
            .When(x => x.Permalink is not null);

        RuleFor(x => x.Description!).Cascade(CascadeMode.Stop)
            .Must(BeText).Explain(DiagnosticCodes.DescriptionNotText, x => x.Description).WithMessage("The description must be text.")
            .Must(d => TrimmedLength(d) <= MaxDescriptionLength).Explain(DiagnosticCodes.DescriptionLength, x => x.Description, Severity.Warning)
                .WithMessage((_, d) => $"The description has {TrimmedLength(d)} characters, more than the {MaxDescriptionLength} a summary usually has; it is served whole.")
            .When(x => x.Description is not null);

        RuleFor(x => x.Excerpt!)
            .Must(BeText).Explain(DiagnosticCodes.ExcerptNotText, x => x.Excerpt).WithMessage("The excerpt must be text.")
            .When(x => x.Excerpt is not null);

        RuleFor(x => x.Slug!).Cascade(CascadeMode.Stop)
            .Must(BeText).Explain(DiagnosticCodes.SlugNotText, x => x.Slug).WithMessage("The slug must be text.")
            .Must((x, _) => x.WrittenSlug.Length > 0).Explain(DiagnosticCodes.SlugEmpty, x => x.Slug, Severity.Warning)
                .WithMessage(x => $"The slug has no ASCII letters or digits; the entry is served as '{x.ServedSlug}'.")
                .WithState(x => new Where(x.Slug, "Write the slug with the letters a-z, digits and '-'."))
            .Must(s => Slugs.IsCanonical(FieldValues.Text(s.Value)!)).Explain(DiagnosticCodes.SlugNormalised, x => x.Slug, Severity.Warning)
                .WithMessage((x, s) => $"The slug '{FieldValues.Text(s.Value)}' is served as '{x.ServedSlug}'.")
                .WithState(x => new Where(x.Slug, $"Write 'slug: {x.ServedSlug}'."))
            .When(x => x.Slug is not null);
        RuleFor(x => x.WrittenSlug)
            .NotEmpty().When(x => x.Slug is null).Explain(DiagnosticCodes.SlugEmpty, _ => null, Severity.Warning)
                .WithMessage(x => $"The file name has no ASCII letters or digits to make a slug from; the entry is served as '{x.ServedSlug}'.")
                .WithState(_ => new Where(null, "Add 'slug: some-words' to give the entry a lasting address."));

        RuleFor(x => x.Draft!).Must(f => FieldValues.Boolean(f.Value) is not null)
            .Explain(DiagnosticCodes.FlagNotBoolean, x => x.Draft).WithMessage("'draft' must be true or false.")
            .When(x => x.Draft is not null);
        RuleFor(x => x.Published!).Must(f => FieldValues.Boolean(f.Value) is not null)
            .Explain(DiagnosticCodes.FlagNotBoolean, x => x.Published).WithMessage("'published' must be true or false.")
            .When(x => x.Published is not null);
    }

    /// <summary>Runs every rule and turns each failure into a diagnostic for <paramref name="path"/>.</summary>
    public IReadOnlyList<Diagnostic> Check(string path, EntryFields fields) =>
        Validate(fields).Errors.Select(failure =>
        {
            var where = failure.CustomState as Where;
            return new Diagnostic(path, where?.Field?.Line, where?.Field?.Column,
                failure.Severity == Severity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                failure.ErrorCode, where?.Field?.Key ?? FieldName(failure.PropertyName), failure.ErrorMessage, where?.Suggestion);
        }).ToList();

    private static string FieldName(string property) => property switch
    {
        nameof(EntryFields.WrittenSlug) => "slug",
        _ => property.ToLowerInvariant(),
    };

    private static bool BeText(YamlField field) => FieldValues.Text(field.Value) is not null;

    private static int TrimmedLength(YamlField field) => FieldValues.Text(field.Value)?.Trim().Length ?? 0;

    private static DateReading ReadDate(EntryFields x, YamlField field) =>
        FieldValues.Text(field.Value) is { } text ? FieldValues.ReadDate(text, x.Zone, out _) : DateReading.UnknownFormat;

    private static bool BeARealCalendarDate(EntryFields x, YamlField field) => ReadDate(x, field) != DateReading.NotOnCalendar;

    // A dated file name (2025-07-09-name.md) gives the date when the written one cannot be read, as Jekyll serves it.
    private static Severity ErrorUnlessTheNameHasADate(EntryFields x) => x.FileName.Date is null ? Severity.Error : Severity.Warning;

    private static string NameDateUsed(EntryFields x) =>
        x.FileName.Date is { } day ? $" The date of the file name, {day:yyyy-MM-dd}, is used." : "";

    private const string DateSuggestion = "Write it as 2025-07-09, 2025-07-09T18:30:00+02:00 or 2025-07-09 18:30:00 +0200.";
}
