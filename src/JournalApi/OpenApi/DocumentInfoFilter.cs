using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace JournalApi.OpenApi;

/// <summary>The document-level text: the tags with their descriptions and the server.</summary>
public sealed class DocumentInfoFilter : IDocumentFilter
{
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Posts", "Journal entries: filtered pages of summaries, and single posts with their HTML."),
        ("Taxonomy", "What the journal is about and when: tags, emotions and the archive."),
        ("Emotions", "The emotion vocabulary as a tree with counts, one emotion in depth, and the emotional timeline."),
        ("Feeds", "Atom, RSS and JSON Feed of the latest posts, for any filter of GET /api/posts."),
        ("Media", "Images, PDF, audio and video kept beside the entries, which relative URLs in post HTML point at."),
        ("Diagnostics", "What is wrong in the content folder right now, file by file."),
        ("Changes", "The content version, what changed since one, and a live stream of new versions."),
        ("Health", "Liveness and readiness, for orchestrators and load balancers."),
    ];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var used = swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).ToHashSet();
        swaggerDoc.Tags = new HashSet<OpenApiTag>(Tags.Where(t => used.Contains(t.Name))
            .Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        swaggerDoc.Servers = [new OpenApiServer { Url = "/", Description = "The server that serves this document." }];
    }
}
