using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace JournalApi.Configuration;

/// <summary>
/// What every settings type is checked for on start, each failure naming its key and what is accepted: every value of
/// the section can be read as its setting's type (where the configuration binder would throw with a stack trace), and
/// every data-annotation attribute of the type holds. A type's own rules are in its own validator.
/// </summary>
public sealed class SettingsValidator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(IConfiguration configuration, string section) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var values = configuration.GetSection(section);
        var failures = new List<string>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = $"{section}:{property.Name}";
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (values[property.Name] is { Length: > 0 } text && IsScalar(type) && !CanRead(text, type))
            {
                failures.Add($"{key} is '{text}'; {Accepted(type)}.");
                continue;
            }

            var value = property.GetValue(options);
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>().Where(a => !a.IsValid(value)))
            {
                failures.Add(attribute is RangeAttribute range
                    ? FormattableString.Invariant($"{key} is {value}; use a number from {range.Minimum} to {range.Maximum}.")
                    : $"{key}: {attribute.FormatErrorMessage(key)}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Lists and maps are bound from child keys; their values are the section's own rules to check.
    private static bool IsScalar(Type type) => type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    /// <summary>Whether the binder can read <paramref name="text"/>: it converts with the type's converter, as here.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The converters of the scalar types settings have (numbers, booleans, enums of ours, Uri), which the configuration binder uses too.")]
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "The converters of the scalar types settings have (numbers, booleans, enums of ours, Uri), which the configuration binder uses too.")]
    private static bool CanRead(string text, Type type)
    {
        try
        {
            var value = TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text);
            // An enum's converter takes any number too, named or not.
            return !type.IsEnum || (value is not null && Enum.IsDefined(type, value));
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            return false;
        }
    }

    private static string Accepted(Type type) =>
        type.IsEnum ? $"use one of {string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()))}" :
        type == typeof(bool) ? "use true or false" :
        type == typeof(int) || type == typeof(long) ? "use a whole number" :
        type == typeof(double) ? "use a number" :
        type == typeof(Uri) ? "use an absolute URL such as https://journal.example.org/" :
        $"use a value of type {type.Name}";
}
