namespace JournalApi.Content.Model;

/// <summary>How bad a problem is: an error keeps the file out, a warning does not.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>One problem found in one file, phrased for the writer who has to fix it.</summary>
/// <param name="Path">The file's path relative to the content folder, with '/' separators.</param>
/// <param name="Line">1-based line, where known.</param>
/// <param name="Column">1-based column, where known.</param>
/// <param name="Severity">Error (the file is not served) or warning (it is).</param>
/// <param name="Code">A stable code such as JA0112; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Field">The front matter field concerned, if any.</param>
/// <param name="Message">What is wrong, in the writer's terms.</param>
/// <param name="Suggestion">How to fix it, where there is an obvious fix.</param>
/// <param name="ServingLastGood">The file has an error, and the last valid version of its entry is still served.</param>
public sealed record Diagnostic(
    string Path,
    int? Line,
    int? Column,
    DiagnosticSeverity Severity,
    string Code,
    string? Field,
    string Message,
    string? Suggestion = null,
    bool ServingLastGood = false)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The compiler-style line: <c>path:line:column: error JA0012: message</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{Path}:{line}:{Column ?? 1}" : Path;
        var severity = IsError ? "error" : "warning";
        var hint = Suggestion is null ? "" : $" ({Suggestion})";
        return $"{where}: {severity} {Code}: {Message}{hint}";
    }
}
