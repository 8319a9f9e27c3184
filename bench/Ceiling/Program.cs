using System.Globalization;
using System.Text.Json;

// The Kestrel ceiling: the fastest any JournalApi answer could be on this machine. It serves a fixed, pre-serialised
// JSON page of 20 post summaries (shaped like JournalApi's) from one byte array, through routing, with nothing else.
// The port comes from --urls, like any ASP.NET Core app.
var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();

var page = SummaryPage(20);
app.MapGet("/api/posts", () => Results.Bytes(page, "application/json; charset=utf-8"));
app.MapGet("/health/ready", () => Results.Text("ready"));
app.Run();

static byte[] SummaryPage(int count)
{
    string[] tags = ["connection", "midlife", "vulnerability", "grief", "parenting"];
    string[] emotions = ["longing", "grief", "hope"];
    var excerpt = string.Join(' ', Enumerable.Repeat("When the morning light came through the kitchen window I remembered the letter again", 2)) + ".";
    using var buffer = new MemoryStream();
    using (var json = new Utf8JsonWriter(buffer))
    {
        json.WriteStartObject();
        json.WriteStartArray("items");
        for (var i = 0; i < count; i++)
        {
            var day = new DateOnly(2025, 12, 31).AddDays(-3 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var slug = $"what-reaching-out-taught-me-about-grief-{i}";
            json.WriteStartObject();
            json.WriteString("slug", slug);
            json.WriteString("title", $"What Reaching Out Taught Me About Grief ({i})");
            json.WriteString("date", day);
            json.WriteNull("updated");
            json.WriteStartArray("tags");
            foreach (var tag in tags.Take(1 + (i % tags.Length)))
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteStartArray("emotions");
            foreach (var emotion in emotions.Take(1 + (i % emotions.Length)))
            {
                json.WriteStringValue(emotion);
            }

            json.WriteEndArray();
            json.WriteString("description", "Sometimes the call you put off is the one that was waiting for you all along, and nobody else could make it.");
            json.WriteString("excerpt", excerpt);
            json.WriteNumber("wordCount", 800 + (37 * i));
            json.WriteNumber("readingTimeMinutes", 4 + (i % 5));
            json.WriteString("url", "/api/posts/" + slug);
            json.WriteStartObject("meta");
            json.WriteString("layout", "post");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("page", 2);
        json.WriteNumber("pageSize", count);
        json.WriteNumber("totalItems", 412);
        json.WriteNumber("totalPages", 21);
        json.WriteEndObject();
    }

    return buffer.ToArray();
}
