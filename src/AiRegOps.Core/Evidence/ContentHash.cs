using System.Security.Cryptography;

namespace AiRegOps.Core.Evidence;

/// <summary>The SHA-256 of a piece of evidence, as 64 lower-case hex digits. Content is stored under a name derived from it.</summary>
public readonly record struct ContentHash
{
    private const string Prefix = "sha256/";

    private ContentHash(string hex) => Hex = hex;

    /// <summary>64 lower-case hex digits.</summary>
    public string Hex { get; }

    /// <summary>
    /// The content-addressed blob name, <c>sha256/ab/abcd…</c>: one level of 256 folders keeps a local listing of
    /// 100,000 blobs fast (two levels would mean 65,536 mostly single-file folders).
    /// </summary>
    public string BlobName => $"{Prefix}{Hex[..2]}/{Hex}";

    public static ContentHash FromBytes(ReadOnlySpan<byte> sha256)
    {
        if (sha256.Length != SHA256.HashSizeInBytes)
        {
            throw new ArgumentException($"A SHA-256 hash has {SHA256.HashSizeInBytes} bytes, not {sha256.Length}.", nameof(sha256));
        }

        return new ContentHash(Convert.ToHexStringLower(sha256));
    }

    /// <summary>The hash of a small buffer held in memory.</summary>
    public static ContentHash Of(ReadOnlySpan<byte> content) => FromBytes(SHA256.HashData(content));

    /// <summary>Accepts <c>abcd…</c>, <c>sha256:abcd…</c> or a blob name <c>sha256/ab/abcd…</c>.</summary>
    public static bool TryParse(string? text, out ContentHash hash)
    {
        hash = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        if (value.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase))
        {
            value = value[7..];
        }
        else if (value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            value = value[(value.LastIndexOf('/') + 1)..];
        }

        if (value.Length != 64 || !value.All(Uri.IsHexDigit))
        {
            return false;
        }

        hash = new ContentHash(value.ToLowerInvariant());
        return true;
    }

    public static ContentHash Parse(string text) =>
        TryParse(text, out var hash) ? hash : throw new FormatException($"'{text}' is not a SHA-256 hash (64 hex digits).");

    /// <summary>Whether <paramref name="blobName"/> is a content-addressed name, and the hash it names.</summary>
    public static bool TryParseBlobName(string blobName, out ContentHash hash)
    {
        hash = default;
        return blobName is not null
            && blobName.StartsWith(Prefix, StringComparison.Ordinal)
            && TryParse(blobName, out hash)
            && string.Equals(hash.BlobName, blobName, StringComparison.Ordinal);
    }

    public override string ToString() => Hex is null ? string.Empty : $"sha256:{Hex}";
}
