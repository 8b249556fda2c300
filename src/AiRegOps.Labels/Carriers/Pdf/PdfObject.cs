namespace AiRegOps.Labels.Carriers.Pdf;

internal enum PdfKind
{
    Null,
    Boolean,
    Number,
    Name,
    String,
    Array,
    Dictionary,
    Reference,
}

/// <summary>One parsed PDF object (ISO 32000-1 §7.3). Dictionaries keep every entry in file order, repeated keys included.</summary>
internal sealed class PdfObject
{
    public static readonly PdfObject Null = new() { Kind = PdfKind.Null };

    public required PdfKind Kind { get; init; }
    public double Number { get; init; }
    public bool IsInteger { get; init; }

    /// <summary>A name's text (without the slash, #xx escapes undone).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>A string's bytes, escapes undone.</summary>
    public byte[] Bytes { get; init; } = [];

    public IReadOnlyList<PdfObject> Items { get; init; } = [];
    public IReadOnlyList<KeyValuePair<string, PdfObject>> Entries { get; init; } = [];
    public int ObjectNumber { get; init; }
    public int Generation { get; init; }

    public long? Integer => Kind == PdfKind.Number && IsInteger ? (long)Number : null;

    public PdfObject? this[string key]
    {
        get
        {
            foreach (var (name, value) in Entries)
            {
                if (name == key)
                {
                    return value;
                }
            }

            return null;
        }
    }
}
