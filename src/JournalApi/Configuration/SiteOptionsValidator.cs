using JournalApi.Content.Addresses;
using Microsoft.Extensions.Options;

namespace JournalApi.Configuration;

/// <summary>Checks the <c>Site</c> settings at start-up, with messages that name the setting.</summary>
public sealed class SiteOptionsValidator : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BaseUrl is { } baseUrl && !(baseUrl.IsAbsoluteUri && baseUrl.Scheme is "http" or "https"))
        {
            return ValidateOptionsResult.Fail($"Site:BaseUrl is '{baseUrl.OriginalString}'; use an absolute http or https URL such as https://journal.example.org/.");
        }

        if (string.IsNullOrWhiteSpace(options.Permalink))
        {
            return ValidateOptionsResult.Fail($"Site:Permalink must be a pattern such as {PageUrls.DefaultPattern}.");
        }

        var unknown = PageUrls.UnknownPlaceholders(options.Permalink);
        return unknown.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Site:Permalink: {string.Join(", ", unknown.Select(p => ":" + p))} is not a placeholder; " +
                $"use {string.Join(", ", PageUrls.Placeholders.Select(p => ":" + p))}.");
    }
}
