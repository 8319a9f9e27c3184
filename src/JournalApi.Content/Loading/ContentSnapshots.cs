using JournalApi.Content.Indexing;

namespace JournalApi.Content.Loading;

/// <summary>The snapshots one refresh produced.</summary>
/// <param name="Public">What everyone sees: no drafts, nothing scheduled for later (unless previews are on).</param>
/// <param name="Preview">Everything valid, drafts and scheduled entries included: for requests with the preview key.</param>
/// <param name="NextScheduled">When the next scheduled entry becomes visible, if any: the moment to rebuild.</param>
public sealed record ContentSnapshots(ContentSnapshot Public, ContentSnapshot Preview, DateTimeOffset? NextScheduled);
