using JournalApi.Content.Files;
using JournalApi.Content.Model;

namespace JournalApi.Content.Loading;

/// <summary>Turns an exception that one file brought out into that file's diagnostic: the stage and the message, never a stack trace.</summary>
public static class LoadFaults
{
    public static Diagnostic Contained(ContentFile file, LoadStage stage, Exception e) => Contained(file.RelativePath, file.FullPath, stage, e);

    /// <param name="relativePath">The file, relative to the content folder.</param>
    /// <param name="fullPath">The file on disk, kept out of the message.</param>
    /// <param name="stage">The stage that failed.</param>
    /// <param name="e">What it threw.</param>
    public static Diagnostic Contained(string relativePath, string fullPath, LoadStage stage, Exception e)
    {
        var message = e.Message.ReplaceLineEndings(" ");
        if (fullPath.Length > 0)
        {
            message = message.Replace(fullPath, relativePath, StringComparison.Ordinal);
        }

        return new(relativePath, null, null, DiagnosticSeverity.Error, DiagnosticCodes.LoadFault, null,
            $"Loading stopped in the {stage.ToString().ToLowerInvariant()} stage: {e.GetType().Name}: {message}",
            "The other entries are served. This is a fault in JournalApi as much as in the file: please report it with the file.");
    }
}
