using JournalApi.Changes;
using JournalApi.Cli;
using JournalApi.Diagnostics;
using JournalApi.Emotions;
using JournalApi.Feeds;
using JournalApi.Health;
using JournalApi.Hosting;
using JournalApi.Media;
using JournalApi.Posts;
using JournalApi.Taxonomy;

var command = CommandLine.Parse(args);
if (command.Verb == CommandLine.HealthCheck)
{
    return await HealthCheckVerb.RunAsync(command.Operands);
}

if (command.Verb == CommandLine.Validate)
{
    return await ValidateVerb.RunAsync(command.Operands, command.HostArgs);
}

var builder = JournalHost.CreateBuilder(command.HostArgs);

builder.Services.AddJournalSettings(builder.Configuration);
builder.Services.AddJournalContent();
builder.Services.AddJournalHttp();
builder.Services.AddJournalProtection();
builder.Services.AddJournalOpenApi();

var app = builder.Build();

app.UseJournalHttp();
app.UseJournalOpenApi();
app.MapHealth();
app.MapPosts();
app.MapTaxonomy();
app.MapDiagnostics();
app.MapChanges();
app.MapEmotions();
app.MapFeeds();
app.MapMedia();

return command.Verb switch
{
    null => await ServeVerb.RunAsync(app),
    CommandLine.OpenApi => await OpenApiVerb.RunAsync(app, command.Operands),
    CommandLine.Snapshot => await SnapshotVerb.RunAsync(app, command.Operands),
    _ => await CommandLine.UnknownVerbAsync(command.Verb),
};
