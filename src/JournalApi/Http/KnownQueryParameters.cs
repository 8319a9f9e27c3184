using System.Collections.Frozen;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace JournalApi.Http;

/// <summary>
/// The query parameters each endpoint declares, as the OpenAPI document describes them (both read the same API
/// descriptions, so the contract and the check cannot drift apart). Endpoints left out of the document are not listed.
/// </summary>
public sealed class KnownQueryParameters(IApiDescriptionGroupCollectionProvider descriptions)
{
    private FrozenDictionary<string, FrozenSet<string>>? byEndpoint;

    /// <summary>The names the endpoint takes (compared without regard to case, as binding does), or null when it is not described.</summary>
    public FrozenSet<string>? For(Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var map = byEndpoint ??= Build(descriptions);
        return endpoint.DisplayName is { } name && map.TryGetValue(name, out var known) ? known : null;
    }

    private static FrozenDictionary<string, FrozenSet<string>> Build(IApiDescriptionGroupCollectionProvider descriptions) =>
        descriptions.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.ActionDescriptor.DisplayName is not null)
            .GroupBy(d => d.ActionDescriptor.DisplayName!, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.SelectMany(d => d.ParameterDescriptions).Where(p => p.Source == BindingSource.Query).Select(p => p.Name)
                    .ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                StringComparer.Ordinal);
}
