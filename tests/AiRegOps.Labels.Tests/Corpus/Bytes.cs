using System.Buffers.Binary;
using System.Text;

namespace AiRegOps.Labels.Tests.Corpus;

/// <summary>Small helpers to assemble binary test files by hand.</summary>
internal static class Bytes
{
    public static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);
    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
    public static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

    public static byte[] U32BE(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, v);
        return b;
    }

    public static byte[] U32LE(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        return b;
    }

    public static byte[] U16BE(ushort v)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(b, v);
        return b;
    }

    public static byte[] U16LE(ushort v)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        return b;
    }

    public static byte[] Cat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    public static byte[] Cat(IEnumerable<byte[]> parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>Deterministic filler that stands for media data.</summary>
    public static byte[] Media(int length, int seed = 7)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }

    public static byte[] SyncSafe(int v) => [(byte)((v >> 21) & 0x7F), (byte)((v >> 14) & 0x7F), (byte)((v >> 7) & 0x7F), (byte)(v & 0x7F)];
}
