using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using JournalApi.Content.Model;

namespace JournalApi.Content.FrontMatter;

public enum DateReading
{
    Read,
    UnknownFormat,
    NotOnCalendar,
}

/// <summary>Reads typed values out of front matter. The validator asks these whether a value reads; the binder reads it.</summary>
public static partial class FieldValues
{
    public const int MaxTermLength = 50;

    /// <summary>The widest offset from UTC that a date may carry (+14:00 is the furthest zone; +14:30 is none).</summary>
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    /// <summary>A scalar's text, or null for anything else (lists, mappings, YAML null).</summary>
    public static string? Text(YamlValue? value) => value is YamlScalar { IsNull: false } scalar ? scalar.Text : null;

    public static DateReading ReadDate(string text, TimeZoneInfo zone, out PostDate date)
    {
        date = default;
        var match = DateText().Match(text.Trim());
        if (!match.Success)
        {
            return DateReading.UnknownFormat;
        }

        int Part(int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        var (year, month, day) = (Part(1), Part(2), Part(3));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return DateReading.NotOnCalendar;
        }

        var calendarDay = new DateOnly(year, month, day);
        if (!match.Groups[4].Success)
        {
            var midnight = calendarDay.ToDateTime(TimeOnly.MinValue);
            if (Moment(midnight, zone.GetUtcOffset(midnight)) is not { } start)
            {
                return DateReading.NotOnCalendar;
            }

            date = new PostDate(calendarDay, start, HasTime: false);
            return DateReading.Read;
        }

        var (hour, minute) = (Part(4), Part(5));
        var second = match.Groups[6].Success ? Part(6) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return DateReading.UnknownFormat;
        }

        // Seven digits of a fraction are whole ticks: no rounding can carry the time past midnight into another day.
        var ticks = match.Groups[7].Success ? long.Parse(match.Groups[7].Value.PadRight(7, '0'), CultureInfo.InvariantCulture) : 0;
        var local = calendarDay.ToDateTime(new TimeOnly(hour, minute, second)).AddTicks(ticks);
        var offset = match.Groups[8].Success ? ReadOffset(match.Groups[8].Value) : zone.GetUtcOffset(local);
        if (offset is null)
        {
            return DateReading.UnknownFormat;
        }

        // 9999-12-31T23:59:59-14:00 is a day on the calendar, but its instant falls after the last one .NET can hold.
        if (Moment(local, offset.Value) is not { } moment)
        {
            return DateReading.NotOnCalendar;
        }

        date = new PostDate(calendarDay, moment, HasTime: true);
        return DateReading.Read;
    }

    /// <summary>The instant of a local time at an offset, or null when it falls outside the years 1 to 9999 in UTC.</summary>
    public static DateTimeOffset? Moment(DateTime local, TimeSpan offset)
    {
        var utcTicks = local.Ticks - offset.Ticks;
        return utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks ? null : new DateTimeOffset(local, offset);
    }

    private static TimeSpan? ReadOffset(string text)
    {
        if (text is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = int.Parse(digits[2..], CultureInfo.InvariantCulture);
        var offset = new TimeSpan(hours, minutes, 0);
        if (minutes > 59 || offset > MaxOffset)
        {
            return null;
        }

        return text[0] == '-' ? -offset : offset;
    }

    /// <summary>
    /// The raw items of a <c>tags</c> or <c>emotions</c> value: a list of scalars, or one string split on
    /// commas when it has any, else on white space (Jekyll). Null when the value has another shape.
    /// </summary>
    public static IReadOnlyList<string>? TermItems(YamlValue? value) => value switch
    {
        null or YamlScalar { IsNull: true } => [],
        YamlScalar { IsPlain: true } scalar when LooksNumericOrBoolean(scalar.Text) => null,
        YamlScalar scalar => scalar.Text.Split(scalar.Text.Contains(',', StringComparison.Ordinal) ? [','] : [' ', '\t', '\n', '\r'],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        YamlSequence sequence when sequence.Items.All(i => i is YamlScalar { IsNull: false }) =>
            sequence.Items.Select(i => ((YamlScalar)i).Text).ToList(),
        _ => null,
    };

    /// <summary>Trimmed, lower-cased, Unicode NFC.</summary>
    public static string NormaliseTerm(string raw) => Normalize(raw.Trim().ToLowerInvariant(), NormalizationForm.FormC);

    /// <summary>
    /// Unicode normalisation that takes any text. <see cref="string.Normalize(NormalizationForm)"/> throws on half a
    /// surrogate pair and on the noncharacters U+FFFE and U+FFFF, which valid UTF-8 can hold; each becomes U+FFFD.
    /// </summary>
    public static string Normalize(string text, NormalizationForm form)
    {
        if (text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            // Encoding to UTF-8 puts U+FFFD for each half pair and keeps whole pairs.
            text = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
        }

        if (text.AsSpan().ContainsAny('\uFFFE', '\uFFFF'))
        {
            text = text.Replace('\uFFFE', '\uFFFD').Replace('\uFFFF', '\uFFFD');
        }

        return text.Normalize(form);
    }

    public static bool IsValidTerm(string normalised) =>
        normalised.Length is >= 1 and <= MaxTermLength && !normalised.Any(char.IsControl);

    /// <summary>The distinct normalised terms, in the order written.</summary>
    public static IReadOnlyList<string> Terms(YamlValue? value) =>
        (TermItems(value) ?? []).Select(NormaliseTerm).Distinct(StringComparer.Ordinal).ToList();

    public static bool? Boolean(YamlValue? value) => Text(value)?.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => null,
    };

    private static bool LooksNumericOrBoolean(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ||
        text.Trim().ToLowerInvariant() is "true" or "false";

    // [0-9], not \d: \d also matches other scripts' digits ('２０２５'), which int.Parse does not read.
    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|\s+)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,7}))?)?\s*(Z|z|[+-][0-9]{2}:?[0-9]{2})?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateText();
}
