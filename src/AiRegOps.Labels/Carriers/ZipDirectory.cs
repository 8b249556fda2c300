using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// Reads the entry count a ZIP package declares (end of central directory, or its ZIP64 record) before ZipArchive
/// loads every entry into memory (200,000 empty entries cost 215 MB): the count and the directory's size are bounded.
/// </summary>
internal static class ZipDirectory
{
    private const int EndRecordLength = 22;
    private const int MaxCommentLength = 65_535;

    public static void CheckEntryCount(RangeReader reader)
    {
        var tailLength = (int)Math.Min(reader.Length, EndRecordLength + MaxCommentLength);
        var tail = reader.Get(reader.Length - tailLength, tailLength);
        var end = tail.LastIndexOf("PK\x05\x06"u8);
        if (end < 0 || end + EndRecordLength > tail.Length)
        {
            return; // ZipArchive reports the missing record as damage
        }

        ulong entries = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(tail[(end + 10)..]);
        ulong size = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(tail[(end + 12)..]);
        var locator = end - 20;
        if (entries == ushort.MaxValue && locator >= 0 && tail.Slice(locator, 4).SequenceEqual("PK\x06\x07"u8))
        {
            var zip64 = (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(tail[(locator + 8)..]);
            if (reader.Has(zip64, 56) && reader.Get(zip64, 4).SequenceEqual("PK\x06\x06"u8))
            {
                entries = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(reader.Get(zip64 + 32, 8));
                size = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(reader.Get(zip64 + 40, 8));
            }
        }

        if (entries > (ulong)reader.Limits.MaxElements)
        {
            throw new LabelLimitException($"the ZIP package declares {entries} entries, more than the {reader.Limits.MaxElements} read");
        }

        // The count can lie; the directory's size bounds how many entries ZipArchive can load whatever it says.
        if (size > (ulong)reader.Limits.MaxItemBytes)
        {
            throw new LabelLimitException($"the ZIP package's central directory is {size} bytes, larger than the {reader.Limits.MaxItemBytes}-byte limit");
        }
    }
}
