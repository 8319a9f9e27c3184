using FluentValidation;

namespace JournalApi.Emotions;

/// <summary>The rule of the timeline's <c>interval</c>: week, month or year.</summary>
public sealed class TimelineIntervalRequestValidator : AbstractValidator<TimelineIntervalRequest>
{
    public TimelineIntervalRequestValidator() =>
        RuleFor(x => x.Interval).Must(i => i is null || TimelineIntervalRequest.Intervals.ContainsKey(i)).OverridePropertyName("interval")
            .WithMessage(x => $"'{x.Interval}' is not an interval; use week, month or year (lower-case).");
}
