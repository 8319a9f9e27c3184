using System.Globalization;
using JournalApi.Configuration;
using Microsoft.Extensions.Options;

namespace JournalApi.Http;

/// <summary>
/// The caps in force: the configured ones, or ones derived from the process's limit on open file descriptors, read at
/// start. Every connection holds a descriptor, and a process that runs out of them cannot open a file, a thread's
/// wait handle or a socket to shed load with (it printed "Out of memory." and died), so connections stop below it.
/// </summary>
public sealed class ConnectionCaps
{
    /// <summary>Used where the descriptor limit cannot be read (not Linux).</summary>
    public const int FallbackDescriptorLimit = 4096;

    public ConnectionCaps(IOptions<LimitsOptions> options)
    {
        var limits = options.Value;
        DescriptorLimit = ReadDescriptorLimit() ?? FallbackDescriptorLimit;
        MaxConnections = limits.MaxConnections > 0 ? limits.MaxConnections : Derive(DescriptorLimit);
        MaxStreams = limits.MaxStreams > 0 ? limits.MaxStreams : Math.Max(1, MaxConnections / 2);
        StreamsPerClient = limits.StreamsPerClient;
    }

    public long DescriptorLimit { get; }

    public int MaxConnections { get; }

    public int MaxStreams { get; }

    public int StreamsPerClient { get; }

    /// <summary>The limit less an eighth (at least 64) kept for content files, the watcher, logs and the runtime.</summary>
    public static int Derive(long descriptorLimit)
    {
        var reserve = Math.Max(64, descriptorLimit / 8);
        return (int)Math.Clamp(descriptorLimit - reserve, 16, 1_000_000);
    }

    /// <summary>The soft "Max open files" of /proc/self/limits, or null where there is none or it says unlimited.</summary>
    public static long? ReadDescriptorLimit()
    {
        try
        {
            if (!OperatingSystem.IsLinux())
            {
                return null;
            }

            foreach (var line in File.ReadLines("/proc/self/limits"))
            {
                if (line.StartsWith("Max open files", StringComparison.Ordinal))
                {
                    var soft = line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                    return long.TryParse(soft, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }
}
