using JournalApi.Content.Snapshots;

namespace JournalApi.Content.Loading;

/// <summary>The snapshots one refresh produced.</summary>
public sealed class ContentSnapshots
{
    private readonly Lazy<ContentSnapshot> preview;

    /// <param name="Public">What everyone sees: no drafts, nothing scheduled for later (unless previews are on).</param>
    /// <param name="Preview">Everything valid, drafts and scheduled entries included: for requests with the preview key.</param>
    /// <param name="NextScheduled">When the next scheduled entry becomes visible, if any: the moment to rebuild.</param>
    public ContentSnapshots(ContentSnapshot Public, ContentSnapshot Preview, DateTimeOffset? NextScheduled)
        : this(Public, new Lazy<ContentSnapshot>(Preview), NextScheduled)
    {
    }

    /// <summary>Snapshots whose preview is built on first use: only requests that carry the preview key ever need it.</summary>
    public ContentSnapshots(ContentSnapshot Public, Func<ContentSnapshot> buildPreview, DateTimeOffset? NextScheduled)
        : this(Public, new Lazy<ContentSnapshot>(buildPreview, LazyThreadSafetyMode.ExecutionAndPublication), NextScheduled)
    {
    }

    private ContentSnapshots(ContentSnapshot @public, Lazy<ContentSnapshot> preview, DateTimeOffset? nextScheduled)
    {
        Public = @public;
        this.preview = preview;
        NextScheduled = nextScheduled;
    }

    /// <summary>What everyone sees: no drafts, nothing scheduled for later (unless previews are on).</summary>
    public ContentSnapshot Public { get; }

    /// <summary>Everything valid, drafts and scheduled entries included: for requests with the preview key. Built on first use.</summary>
    public ContentSnapshot Preview => preview.Value;

    /// <summary>Whether <see cref="Preview"/> has been built yet (for tests: nothing builds it unless asked).</summary>
    public bool IsPreviewBuilt => preview.IsValueCreated;

    /// <summary>When the next scheduled entry becomes visible, if any: the moment to rebuild.</summary>
    public DateTimeOffset? NextScheduled { get; }
}
