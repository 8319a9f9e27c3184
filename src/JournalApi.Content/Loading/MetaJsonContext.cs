using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace JournalApi.Content.Loading;

[JsonSerializable(typeof(JsonObject))]
internal sealed partial class MetaJsonContext : JsonSerializerContext;
