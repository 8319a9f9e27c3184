using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace JournalApi.Tests.Browser;

/// <summary>
/// Swagger UI as a person meets it: a real headless Chromium on a real port, every operation listed, and
/// "Try it out" on GET /api/posts answering with the fixture journal's posts about grief.
/// </summary>
public sealed class SwaggerUiTests(ITestOutputHelper output)
{
    private const float Timeout = 30_000;

    [SkippableFact]
    public async Task SwaggerUiListsEveryOperationAndTryItOutFindsThePostsAboutGrief()
    {
        Skip.If(Chromium.MissingReason is not null, Chromium.MissingReason);
        var clock = Stopwatch.StartNew();

        await using var factory = new JournalApiFactory();
        var address = await factory.StartOnLoopbackAsync();
        var operations = await DocumentedOperationsAsync(address);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(Timeout);
        page.Console += (_, message) => output.WriteLine($"browser console {message.Type}: {message.Text}");

        await page.GotoAsync(new Uri(address, "/swagger").ToString());
        await page.Locator(".swagger-ui .information-container").WaitForAsync();
        await page.Locator(".opblock").First.WaitForAsync();

        var listed = await page.Locator(".opblock").EvaluateAllAsync<string[]>(
            "blocks => blocks.map(b => b.querySelector('.opblock-summary-method').textContent.trim() + ' ' + b.querySelector('.opblock-summary-path').dataset.path)");
        Assert.Equal(operations.Keys.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));

        var listPosts = page.Locator($".opblock[id$='-{operations["GET /api/posts"]}']");
        await listPosts.Locator(".opblock-summary").ClickAsync();
        await listPosts.GetByRole(AriaRole.Button, new() { Name = "Try it out" }).ClickAsync();
        await OnlyAskForAsync(listPosts, "emotion", "grief");
        await listPosts.Locator("button.execute").ClickAsync();

        var live = listPosts.Locator(".live-responses-table .response");
        await live.Locator(".response-col_status").WaitForAsync();
        await listPosts.Locator(".responses-wrapper").ScrollIntoViewIfNeededAsync();
        var screenshot = TestArtifacts.PathFor("swagger-ui-list-posts-emotion-grief.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot of the executed request: {screenshot}");

        Assert.Equal("200", (await live.Locator(".response-col_status").InnerTextAsync()).Trim());
        Assert.Equal(new Uri(address, "/api/posts?emotion=grief").ToString(), (await listPosts.Locator(".request-url pre").InnerTextAsync()).Trim());
        using var body = JsonDocument.Parse(await live.Locator(".response-col_description pre").First.InnerTextAsync());
        var slugs = body.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("slug").GetString()!).ToArray();
        Assert.Equal(FixtureJournal.Only(FixtureJournal.PainOfReachingOut, "leaves-on-the-window", "the-year-turns", "a-letter-written-in-the-heatwave"), slugs);
        Assert.Equal(4, body.RootElement.GetProperty("totalItems").GetInt32());

        // A single post, only its slug set: no filter rides along, so previous and next are the neighbours by date.
        var getPost = page.Locator($".opblock[id$='-{operations["GET /api/posts/{slug}"]}']");
        await getPost.Locator(".opblock-summary").ClickAsync();
        await getPost.GetByRole(AriaRole.Button, new() { Name = "Try it out" }).ClickAsync();
        await OnlyAskForAsync(getPost, "slug", FixtureJournal.PainOfReachingOut);
        await getPost.Locator("button.execute").ClickAsync();
        var postAnswer = getPost.Locator(".live-responses-table .response");
        await postAnswer.Locator(".response-col_status").WaitForAsync();
        Assert.Equal("200", (await postAnswer.Locator(".response-col_status").InnerTextAsync()).Trim());
        Assert.Equal(new Uri(address, "/api/posts/" + FixtureJournal.PainOfReachingOut).ToString(), (await getPost.Locator(".request-url pre").InnerTextAsync()).Trim());
        using var post = JsonDocument.Parse(await postAnswer.Locator(".response-col_description pre").First.InnerTextAsync());
        Assert.Equal("start-of-july", post.RootElement.GetProperty("previous").GetProperty("slug").GetString());
        Assert.Equal("end-of-july", post.RootElement.GetProperty("next").GetProperty("slug").GetString());
        output.WriteLine($"Swagger UI test took {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    /// <summary>The document's operations, "GET /api/posts" to operation id, as a client reads them from the running app.</summary>
    private static async Task<Dictionary<string, string>> DocumentedOperationsAsync(Uri address)
    {
        using var client = new HttpClient { BaseAddress = address };
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation =>
                (Key: $"{operation.Name.ToUpperInvariant()} {path.Name}", Id: operation.Value.GetProperty("operationId").GetString()!)))
            .ToDictionary(o => o.Key, o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// Sets one parameter as a person would, after checking that "Try it out" left every field empty: nothing is
    /// pre-filled, so the request carries exactly what was set. An array parameter gets its item through "Add item".
    /// </summary>
    private static async Task OnlyAskForAsync(ILocator operation, string parameter, string value)
    {
        foreach (var row in await operation.Locator("tr[data-param-name]").AllAsync())
        {
            var name = await row.GetAttributeAsync("data-param-name");
            Assert.Equal(0, await row.Locator(".json-schema-form-item").CountAsync());
            foreach (var input in await row.Locator("input[type=text]").AllAsync())
            {
                Assert.True(await input.InputValueAsync() == "", $"Swagger UI pre-filled '{name}' with '{await input.InputValueAsync()}'.");
            }

            foreach (var select in await row.Locator("select").AllAsync())
            {
                Assert.True(await select.InputValueAsync() == "", $"Swagger UI pre-selected '{await select.InputValueAsync()}' for '{name}'.");
            }
        }

        var target = operation.Locator($"tr[data-param-name='{parameter}']");
        var add = target.Locator("button.json-schema-form-item-add");
        if (await add.CountAsync() > 0)
        {
            await add.ClickAsync();
            await target.Locator(".json-schema-form-item input[type=text]").FillAsync(value);
        }
        else
        {
            await target.Locator("input[type=text]").FillAsync(value);
        }
    }
}
