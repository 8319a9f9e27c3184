using JournalApi.Content.Loading;
using JournalApi.Content.Search;
using JournalApi.Content.Snapshots;

namespace JournalApi.Http;

/// <summary>
/// The request feature that says which snapshots answer a request, chosen once by <see cref="SnapshotSelection.Choose"/>:
/// the pair current when the request came (so that its headers and its body speak of one version even when a new
/// snapshot is published meanwhile), and whether the preview key chose the preview one.
/// </summary>
public sealed class RequestSnapshot(ContentSnapshots pinned, bool preview)
{
    /// <summary>The public snapshot, whose version every answer names (<c>X-Content-Version</c>).</summary>
    public ContentSnapshot Public => pinned.Public;

    /// <summary>Whether the request carries the preview key.</summary>
    public bool Preview => preview;

    /// <summary>The snapshot that answers: the preview one for a request with the preview key, else the public one.</summary>
    public ContentSnapshot Snapshot => preview ? pinned.Preview : pinned.Public;

    /// <summary><c>q</c> as <see cref="Snapshot"/>'s index parsed it, once, when the request was validated; null without a search.</summary>
    public ParsedQuery? Search { get; set; }
}
