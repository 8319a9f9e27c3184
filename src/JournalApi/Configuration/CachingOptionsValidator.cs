using Microsoft.Extensions.Options;

namespace JournalApi.Configuration;

/// <summary>Every <c>Http:CacheControl</c> value must say something, named by its key when it does not.</summary>
public sealed class CachingOptionsValidator : IValidateOptions<CachingOptions>
{
    public ValidateOptionsResult Validate(string? name, CachingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new[] { ("Api", options.Api), ("Feeds", options.Feeds), ("Media", options.Media) }
            .Where(v => string.IsNullOrWhiteSpace(v.Item2))
            .Select(v => $"{CachingOptions.Section}:{v.Item1} is empty; use a Cache-Control value such as 'public, max-age=0'.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
