using Microsoft.Extensions.Options;

namespace JournalApi.Configuration;

/// <summary>Checks the <c>Content</c> settings at start-up, with messages that name the setting.</summary>
public sealed class ContentOptionsValidator(IHostEnvironment environment) : IValidateOptions<ContentOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentOptions options)
    {
        var failures = new List<string>();
        var folder = ContentFolder.Resolve(options, environment);
        if (!Directory.Exists(folder))
        {
            failures.Add($"Content:Path: the content folder '{folder}' does not exist. Pass --content PATH or set Content__Path.");
        }

        if (options.MaxFileBytes < 1)
        {
            failures.Add($"Content:MaxFileBytes must be at least 1 (it is {options.MaxFileBytes}).");
        }

        if (options.PollSeconds is < 0 or > 3600)
        {
            failures.Add($"Content:PollSeconds must be from 0 (use file-system events) to 3600 (it is {options.PollSeconds}).");
        }

        if (options.DebounceMilliseconds is < 0 or > 10_000)
        {
            failures.Add($"Content:DebounceMilliseconds must be from 0 to 10000 (it is {options.DebounceMilliseconds}).");
        }

        if (options.PreviewKey is { Length: > 0 and < 16 })
        {
            failures.Add("Content:PreviewKey must have at least 16 characters: it is a secret.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            failures.Add($"Content:TimeZone: '{options.TimeZone}' is not a known time zone (try 'UTC' or 'Europe/London').");
        }

        foreach (var host in options.FrameHosts ?? [])
        {
            if (Uri.CheckHostName(host) is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6))
            {
                failures.Add($"Content:FrameHosts: '{host}' is not a host name (write 'player.vimeo.com', without scheme or path).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
