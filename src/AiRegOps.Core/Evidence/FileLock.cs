namespace AiRegOps.Core.Evidence;

/// <summary>
/// An exclusive lock across processes: a lock file opened with <see cref="FileShare.None"/> (an OS lock on Windows,
/// flock on Unix). Held for the few milliseconds an append takes.
/// </summary>
internal static class FileLock
{
    public static async Task<FileStream> AcquireAsync(string path, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var started = time.GetTimestamp();
        var delay = 1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.None);
            }
            catch (IOException) when (time.GetElapsedTime(started) < timeout)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, delay + 1)), time, cancellationToken).ConfigureAwait(false);
                delay = Math.Min(delay * 2, 50);
            }
            catch (IOException ex)
            {
                throw new LedgerException($"Could not lock '{path}' within {timeout.TotalSeconds:0.#} s: another writer holds it ({ex.Message}).", ex);
            }
        }
    }
}
