using System.Globalization;
using JournalApi.Content.Model;

namespace JournalApi.Content.Snapshots;

/// <summary>
/// Resolves colliding slugs. The file whose path sorts first (ordinal) keeps the slug; each other one is
/// served under slug plus date (then -2, -3...), with a warning naming both files. Slugs written with <c>slug:</c>
/// are renamed the same way (Hugo and Jekyll publish both pages), with their own warning code. Public entries are given
/// their slugs before drafts and scheduled entries, so that a hidden entry never takes a public one's slug.
/// </summary>
public static class SlugAssigner
{
    public static (IReadOnlyList<Post> Posts, IReadOnlyList<Diagnostic> Diagnostics) Assign(IEnumerable<Post> posts) => Assign(posts, _ => true);

    /// <param name="posts">Every post to serve.</param>
    /// <param name="isPublic">Whether everyone sees the post now: those are assigned first.</param>
    public static (IReadOnlyList<Post> Posts, IReadOnlyList<Diagnostic> Diagnostics) Assign(IEnumerable<Post> posts, Func<Post, bool> isPublic)
    {
        // One Array.Sort on a key worked out once per post: LINQ's two-key ordering was most of this step's cost on each edit.
        // (Ties keep the order given, as LINQ's stable ordering did.)
        var ordered = posts.Select((p, i) => (Hidden: !isPublic(p), Index: i, Post: p)).ToArray();
        if (!InPathOrder(ordered))
        {
            Array.Sort(ordered, static (a, b) => a.Hidden != b.Hidden ? (a.Hidden ? 1 : -1)
                : string.CompareOrdinal(a.Post.SourcePath, b.Post.SourcePath) is var c and not 0 ? c : a.Index.CompareTo(b.Index));
        }
        else
        {
            // Given in path order (as a library gives them): the public ones, then the hidden ones, each in the order given,
            // is the sort's own result, found in one pass instead of a sort on every edit.
            ordered = [.. ordered.Where(p => !p.Hidden), .. ordered.Where(p => p.Hidden)];
        }
        var owners = new Dictionary<string, Post>(ordered.Length, StringComparer.Ordinal);
        var assigned = new List<Post>(ordered.Length);
        var diagnostics = new List<Diagnostic>();
        foreach (var (_, _, post) in ordered)
        {
            if (!owners.TryGetValue(post.Slug, out var owner))
            {
                owners[post.Slug] = post;
                assigned.Add(post);
                continue;
            }

            var baseSlug = $"{post.Slug}-{post.Date.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            var slug = baseSlug;
            for (var n = 2; owners.ContainsKey(slug); n++)
            {
                slug = $"{baseSlug}-{n}";
            }

            var renamed = post with { Slug = slug };
            owners[slug] = renamed;
            assigned.Add(renamed);
            var bothWritten = post.HasExplicitSlug && owner.HasExplicitSlug;
            diagnostics.Add(new Diagnostic(post.SourcePath, null, null, DiagnosticSeverity.Warning,
                bothWritten ? DiagnosticCodes.ExplicitSlugCollision : DiagnosticCodes.SlugCollision, "slug",
                bothWritten
                    ? $"The slug '{post.Slug}' is also set by '{owner.SourcePath}', which keeps it; this entry ('{post.SourcePath}') is served as '{slug}'."
                    : $"The slug '{post.Slug}' is already used by '{owner.SourcePath}'; this entry is served as '{slug}'.",
                bothWritten ? $"Give one of the two entries another slug, or write 'slug: {slug}' here." : $"Add 'slug: {slug}' (or another unique slug) to keep this address stable."));
        }

        return (assigned, diagnostics);
    }

    private static bool InPathOrder((bool Hidden, int Index, Post Post)[] posts)
    {
        for (var i = 1; i < posts.Length; i++)
        {
            if (string.CompareOrdinal(posts[i - 1].Post.SourcePath, posts[i].Post.SourcePath) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
