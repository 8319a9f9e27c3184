namespace JournalApi.Http;

/// <summary>Why a stream was refused, or that it was not.</summary>
public enum StreamAdmission
{
    Admitted,
    ClientFull,
    ServerFull,
}

/// <summary>
/// Counts open event streams per client address and in total. A stream holds a connection for as long as it lives, so
/// unlike ordinary requests a token bucket does not bound how many one client can hold at once.
/// </summary>
public sealed class StreamLimiter(ConnectionCaps caps)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> perClient = new(StringComparer.Ordinal);
    private int total;

    public int Open
    {
        get
        {
            lock (gate)
            {
                return total;
            }
        }
    }

    public StreamAdmission TryEnter(string client)
    {
        lock (gate)
        {
            if (total >= caps.MaxStreams)
            {
                return StreamAdmission.ServerFull;
            }

            var held = perClient.GetValueOrDefault(client);
            if (held >= caps.StreamsPerClient)
            {
                return StreamAdmission.ClientFull;
            }

            perClient[client] = held + 1;
            total++;
            return StreamAdmission.Admitted;
        }
    }

    public void Leave(string client)
    {
        lock (gate)
        {
            total--;
            if (perClient.TryGetValue(client, out var held) && held > 1)
            {
                perClient[client] = held - 1;
            }
            else
            {
                perClient.Remove(client);
            }
        }
    }
}
