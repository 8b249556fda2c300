using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers;

/// <summary>Reads a (decompressing) stream to its end, failing past a size limit: no zip bomb gets through.</summary>
internal static class BoundedRead
{
    public static byte[] All(Stream stream, int limit, string what)
    {
        using var output = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (output.Length + read > limit)
            {
                throw new LabelLimitException($"{what} is larger than the {limit}-byte limit");
            }

            output.Write(buffer, 0, read);
        }

        return output.ToArray();
    }
}
