using System.ComponentModel;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JournalApi.Diagnostics;

/// <summary>One problem in one file.</summary>
public sealed record DiagnosticItem(
    [property: Description("The file, relative to the content folder.")] string Path,
    [property: Description("1-based line, or null when the problem is the whole file.")] int? Line,
    [property: Description("1-based column, or null.")] int? Column,
    [property: Description("error (the file's new version is not served) or warning (it is).")] string Severity,
    [property: Description("A stable code, such as JA0112.")] string Code,
    [property: Description("The front matter field concerned, or null.")] string? Field,
    [property: Description("What is wrong, for the writer.")] string Message,
    [property: Description("How to fix it, or null.")] string? Suggestion,
    [property: Description("Whether the last valid version of this entry is still being served.")] bool ServingLastGood)
{
    public static DiagnosticItem From(Diagnostic d) => new(d.Path, d.Line, d.Column, d.IsError ? "error" : "warning", d.Code, d.Field,
        d.Message, d.Suggestion, d.ServingLastGood);
}

public sealed record DiagnosticCounts(
    [property: Description("Diagnostics of severity error.")] int Errors,
    [property: Description("Diagnostics of severity warning.")] int Warnings);

public sealed record DiagnosticsResponse(
    [property: Description("How many of each severity.")] DiagnosticCounts Counts,
    [property: Description("Every current diagnostic, by path, line and column.")] IReadOnlyList<DiagnosticItem> Items);

/// <summary><c>/api/diagnostics</c>: what is wrong in the content folder right now.</summary>
public static class DiagnosticsApi
{
    public static IEndpointRouteBuilder MapDiagnostics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/diagnostics", ListDiagnostics)
            .WithTags("Diagnostics")
            .RequireContent()
            .WithName("ListDiagnostics")
            .WithSummary("List every problem in the content folder")
            .WithDescription("Every current diagnostic: path, line, column, severity, code, field, message, suggestion, and whether " +
                "the last valid version of the entry is still served. A file with an error is not served (or keeps its last good version). " +
                "Diagnostics of drafts and scheduled entries are listed only for a request with the preview key (or with Content:Previews on); " +
                "paths are relative to the content folder.");
        return app;
    }

    private static Ok<DiagnosticsResponse> ListDiagnostics(HttpContext http)
    {
        var snapshot = http.Chosen().Snapshot;
        return TypedResults.Ok(new DiagnosticsResponse(new DiagnosticCounts(snapshot.ErrorCount, snapshot.WarningCount),
            [.. snapshot.Diagnostics.Select(DiagnosticItem.From)]));
    }
}
