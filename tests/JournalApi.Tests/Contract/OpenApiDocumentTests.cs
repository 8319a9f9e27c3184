using System.Net;
using System.Text;

namespace JournalApi.Tests.Contract;

/// <summary>The committed <c>openapi/journal-api.json</c> is exactly what the app serves: frontends build against it.</summary>
public sealed class OpenApiDocumentTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    private const string CommittedDocument = "openapi/journal-api.json";
    private const string RegenerateCommand = "dotnet run --project src/JournalApi -- openapi openapi/journal-api.json";

    [Fact]
    public async Task CommittedOpenApiDocumentMatchesTheRunningApp()
    {
        using var client = await factory.CreateReadyClientAsync();
        using var response = await client.GetAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).Replace("\r\n", "\n", StringComparison.Ordinal);

        var committed = RepositoryFiles.ReadText(CommittedDocument);

        Assert.True(served == committed,
            $"{CommittedDocument} differs from what the app serves at /swagger/v1/swagger.json ({FirstDifference(committed, served)}). " +
            $"Regenerate it from the repository root with: {RegenerateCommand}");
    }

    private static string FirstDifference(string committed, string served)
    {
        var a = committed.Split('\n');
        var b = served.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i].Trim() : "<end of file>";
            var right = i < b.Length ? b[i].Trim() : "<end of file>";
            if (left != right)
            {
                return $"first at line {i + 1}: committed `{left}`, served `{right}`";
            }
        }

        return "they differ only in whitespace";
    }
}
