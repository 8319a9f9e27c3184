using JournalApi.Content;
using JournalApi.Health;
using JournalApi.Http;
using JournalApi.OpenApi;
using JournalApi.Posts;
using JournalApi.Taxonomy;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ApplicationName = typeof(Program).Assembly.GetName().Name,
});
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--content"] = "Content:Path" });

builder.Services.AddJournalContent(builder.Configuration);
builder.Services.AddJournalHttp();
builder.Services.AddJournalOpenApi();

var app = builder.Build();

app.UseJournalHttp();
app.UseJournalOpenApi();
app.MapHealth();
app.MapPosts();
app.MapTaxonomy();

try
{
    await app.RunAsync();
    return Environment.ExitCode;
}
catch (OptionsValidationException e)
{
    // A wrong setting is the operator's to fix: say which, without a stack trace.
    foreach (var failure in e.Failures)
    {
        await Console.Error.WriteLineAsync($"JournalApi cannot start: {failure}");
    }

    return 2;
}
