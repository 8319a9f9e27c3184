using JournalApi.Content.Loading;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Loading;

public sealed class ContentStoreTests
{
    [Fact]
    public void StoreIsNotReadyBeforeTheFirstSnapshot()
    {
        var store = new ContentStore();

        Assert.False(store.IsReady);
        Assert.Null(store.Current);
    }

    [Fact]
    public async Task PublishingMakesTheStoreReadyAndSwapsTheSnapshot()
    {
        var store = new ContentStore();
        var waiting = store.WaitUntilReadyAsync();
        var first = Journal.LoadFixtureFolder("valid");
        var second = Journal.LoadFixtureFolder("journal");

        store.Publish(first);
        await waiting;
        store.Publish(second);

        Assert.True(store.IsReady);
        Assert.Same(second, store.Current);
    }

    [Fact]
    public async Task FailedFirstLoadReachesTheWaiters()
    {
        var store = new ContentStore();

        store.Fail(new DirectoryNotFoundException("no content folder"));

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => store.WaitUntilReadyAsync());
    }
}
