using System.Security.Cryptography;
using System.Text;

namespace AiRegOps.Azure.Watch;

/// <summary>
/// Table keys from arbitrary text: '/', '\', '#' and '?' are not allowed in keys, so values are percent-encoded; a key
/// may be at most 1 KiB, and a user value (a reminder key holding a 50-character Chinese activity name is 450 bytes
/// encoded, several of them more) can exceed it, so an encoding longer than <see cref="MaxEncodedLength"/> becomes
/// <c>%~</c> and the SHA-256 of the value (a prefix no percent-encoding produces). Whoever needs the value back
/// stores it in a property too (<see cref="Decode"/> only undoes the short form).
/// </summary>
internal static class TableKeys
{
    /// <summary>The longest percent-encoded key kept as it is (characters; Azure allows 1 KiB per key).</summary>
    public const int MaxEncodedLength = 400;

    private const string HashedPrefix = "%~";

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var encoded = Uri.EscapeDataString(value);
        return encoded.Length <= MaxEncodedLength ? encoded : HashedPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
    }

    /// <summary>Whether <paramref name="key"/> is the hashed form, whose value must be read from a property.</summary>
    public static bool IsHashed(string key) => key.StartsWith(HashedPrefix, StringComparison.Ordinal);

    public static string Decode(string key) => IsHashed(key) ? throw new InvalidOperationException("A hashed table key cannot be decoded; read the value from its property.") : Uri.UnescapeDataString(key);

    /// <summary>An OData string literal for a filter.</summary>
    public static string Literal(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
}
