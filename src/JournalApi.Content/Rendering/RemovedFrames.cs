using JournalApi.Content.Model;

namespace JournalApi.Content.Rendering;

/// <summary>Warnings for the frames the sanitizer took out, each on the line of the body that wrote it.</summary>
internal static class RemovedFrames
{
    public static IReadOnlyList<Diagnostic> Diagnose(List<string> sources, string markdown, string path, int firstLine)
    {
        if (sources.Count == 0)
        {
            return [];
        }

        var diagnostics = new List<Diagnostic>(sources.Count);
        var from = 0;
        foreach (var source in sources)
        {
            // The rendered HTML has no line numbers: the frame is found again in the body, in order.
            var at = source.Length > 0 ? markdown.IndexOf(source, from, StringComparison.Ordinal) : -1;
            if (at < 0)
            {
                at = markdown.IndexOf("<iframe", from, StringComparison.OrdinalIgnoreCase);
            }

            int? line = at < 0 ? null : firstLine + markdown.AsSpan(0, at).Count('\n');
            from = at < 0 ? from : at + 1;
            var shown = source.Length == 0 ? "a frame without a source" : $"a frame showing '{source}'";
            diagnostics.Add(new Diagnostic(path, line, null, DiagnosticSeverity.Warning, DiagnosticCodes.FrameRemoved, null,
                $"{shown} was left out: frames are kept only from the hosts in Content:FrameHosts.",
                "Add the host to Content:FrameHosts if its pages are safe to embed, or link to the page instead."));
        }

        return diagnostics;
    }
}
