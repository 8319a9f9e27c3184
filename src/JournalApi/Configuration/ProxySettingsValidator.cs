using System.Net;
using Microsoft.Extensions.Options;

namespace JournalApi.Configuration;

/// <summary>Every trusted proxy must be an address and every network a CIDR range, named by its key when it is not.</summary>
public sealed class ProxySettingsValidator : IValidateOptions<ProxySettings>
{
    public ValidateOptionsResult Validate(string? name, ProxySettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.KnownProxies.Length; i++)
        {
            if (!IPAddress.TryParse(options.KnownProxies[i], out _))
            {
                failures.Add($"{ProxySettings.Section}:KnownProxies:{i} is '{options.KnownProxies[i]}', which is not an IP address (for example 10.0.0.5).");
            }
        }

        for (var i = 0; i < options.KnownNetworks.Length; i++)
        {
            if (!IPNetwork.TryParse(options.KnownNetworks[i], out _))
            {
                failures.Add($"{ProxySettings.Section}:KnownNetworks:{i} is '{options.KnownNetworks[i]}', which is not a network in CIDR notation (for example 10.0.0.0/8).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
