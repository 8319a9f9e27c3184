using FluentValidation;

namespace JournalApi.Posts;

/// <summary>The rules of <c>GET /api/posts/on-this-day</c>'s query string; each failure names its parameter.</summary>
public sealed class OnThisDayRequestValidator : AbstractValidator<OnThisDayRequest>
{
    public OnThisDayRequestValidator()
    {
        Include(new PageRequestValidator());
        RuleFor(x => x.Date).Must(BeACalendarDay).OverridePropertyName("date")
            .WithMessage(x => $"'{x.Date}' is not a calendar day written MM-DD, such as 07-09.");
    }

    private static bool BeACalendarDay(string? date) => date is null || OnThisDayRequest.TryDay(date, out _);
}
