using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace JournalApi.Http;

/// <summary>
/// The last resort of the problem details service: whatever the client's Accept header says (a browser asks for
/// text/html), an error is still answered as application/problem+json rather than plain text or a failed write.
/// </summary>
public sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, json.Value.SerializerOptions.GetTypeInfo(typeof(ProblemDetails)),
            "application/problem+json", http.RequestAborted));
    }
}
