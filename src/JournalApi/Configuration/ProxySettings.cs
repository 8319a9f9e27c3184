namespace JournalApi.Configuration;

/// <summary>
/// The <c>ForwardedHeaders</c> section: which reverse proxies may say who the client is. With neither list set,
/// X-Forwarded-For and X-Forwarded-Proto are ignored from everyone.
/// </summary>
public sealed record ProxySettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies (<c>10.0.0.5</c>, <c>::1</c>).</summary>
    public string[] KnownProxies { get; init; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation (<c>10.0.0.0/8</c>).</summary>
    public string[] KnownNetworks { get; init; } = [];

    public bool TrustsAnyProxy => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}
