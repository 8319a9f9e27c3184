namespace JournalApi.Content.Rendering;

/// <summary>The hosts whose pages may be embedded in a frame (video players); any other frame is removed.</summary>
public sealed class FrameHosts
{
    /// <summary>The common video sites' player hosts.</summary>
    public static readonly IReadOnlyList<string> Default =
    [
        "www.youtube.com", "youtube.com", "www.youtube-nocookie.com", "player.vimeo.com", "www.dailymotion.com",
        "geo.dailymotion.com",
    ];

    private readonly HashSet<string> hosts;

    public FrameHosts(IEnumerable<string> hosts) =>
        this.hosts = new HashSet<string>(hosts.Select(h => h.Trim()).Where(h => h.Length > 0), StringComparer.OrdinalIgnoreCase);

    public static FrameHosts Video { get; } = new(Default);

    /// <summary>Whether a frame may load <paramref name="src"/>: an https URL on one of the hosts.</summary>
    public bool Allow(string? src) =>
        Uri.TryCreate(src?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.UserInfo.Length == 0 &&
        hosts.Contains(uri.IdnHost);
}
