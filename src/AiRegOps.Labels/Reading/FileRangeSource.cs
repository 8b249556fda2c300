using Microsoft.Win32.SafeHandles;

namespace AiRegOps.Labels.Reading;

/// <summary>A local file read with positioned reads (pread): no stream buffer, no read of bytes nobody asked for.</summary>
public sealed class FileRangeSource : IRangeSource, IDisposable
{
    private readonly SafeFileHandle handle;

    public FileRangeSource(string path)
    {
        handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        Length = RandomAccess.GetLength(handle);
    }

    public long Length { get; }

    public int Read(long offset, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer[total..], offset + total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    public void Dispose() => handle.Dispose();
}
