using System.Text.Json;
using System.Text.Json.Serialization;
using JournalApi.Changes;
using JournalApi.Diagnostics;
using JournalApi.Emotions;
using JournalApi.Feeds;
using JournalApi.Health;
using JournalApi.Posts;
using JournalApi.Taxonomy;

namespace JournalApi.Hosting;

/// <summary>Source-generated JSON for every shape the API answers with: camelCase, no reflection at run time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PostPageResponse))]
[JsonSerializable(typeof(PostDetail))]
[JsonSerializable(typeof(RelatedPostsResponse))]
[JsonSerializable(typeof(TermUsage[]))]
[JsonSerializable(typeof(ArchiveResponse))]
[JsonSerializable(typeof(ReadyResponse))]
[JsonSerializable(typeof(LiveResponse))]
[JsonSerializable(typeof(DiagnosticsResponse))]
[JsonSerializable(typeof(ChangesResponse))]
[JsonSerializable(typeof(EmotionUsage[]))]
[JsonSerializable(typeof(EmotionResponse))]
[JsonSerializable(typeof(TimelineResponse))]
[JsonSerializable(typeof(JsonFeed))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
