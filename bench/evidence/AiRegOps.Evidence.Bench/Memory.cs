using System.Diagnostics;

namespace AiRegOps.Evidence.Bench;

/// <summary>The process's peak working set: VmHWM from /proc/self/status, reset between phases through clear_refs.</summary>
internal static class Memory
{
    public static void ResetPeak()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Peak resident set since the last reset, in bytes.</summary>
    public static long Peak()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
