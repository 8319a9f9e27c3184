using Microsoft.Extensions.Options;

namespace JournalApi.Configuration;

/// <summary>Every allowed origin must be an origin (scheme and host, no path), named by its key when it is not.</summary>
public sealed class CorsSettingsValidator : IValidateOptions<CorsSettings>
{
    public ValidateOptionsResult Validate(string? name, CorsSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.AllowedOrigins
            .Select((origin, i) => (origin, i))
            .Where(o => !IsOrigin(o.origin))
            .Select(o => $"{CorsSettings.Section}:AllowedOrigins:{o.i} is '{o.origin}', which is not an origin; use a scheme and host such as https://reader.example.org.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" &&
        !origin.EndsWith('/') && uri.Query.Length == 0;
}
