namespace JournalApi.Tests;

/// <summary>
/// A class fixture: the fixture journal served with the protections off (<see cref="JournalApiFactory.WithProtectionsOff"/>),
/// for test classes that together send more requests than the shipped rate limit lets one client send.
/// </summary>
public sealed class UnlimitedJournal : IDisposable
{
    public JournalApiFactory Factory { get; } = new JournalApiFactory().WithProtectionsOff();

    public void Dispose() => Factory.Dispose();
}
