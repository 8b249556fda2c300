using System.Globalization;
using System.Text;
using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers.Pdf;

/// <summary>
/// The PDF object syntax (ISO 32000-1 §7.2-7.3) over bytes in memory: whitespace and comments, numbers, names with
/// #xx escapes, literal and hexadecimal strings, arrays, dictionaries and indirect references. Nesting and the number
/// of objects are capped; running off the end of the bytes throws <see cref="PdfMoreNeededException"/> so the caller
/// can read further, and anything else that is not PDF is a <see cref="LabelFormatException"/> at its file offset.
/// </summary>
internal ref struct PdfSyntax
{
    private const int MaxDepth = 32;
    private const int MaxObjects = 100_000;
    private readonly ReadOnlySpan<byte> data;
    private readonly long fileOffset;
    private int objects;

    public PdfSyntax(ReadOnlySpan<byte> data, int position, long fileOffset)
    {
        this.data = data;
        Position = position;
        this.fileOffset = fileOffset;
    }

    public int Position { get; set; }

    /// <summary>The file offset of the current position (for messages and for seeking on).</summary>
    public readonly long FileOffset => fileOffset + Position;

    public readonly bool AtEnd => Position >= data.Length;

    /// <summary>After the stream keyword: CR LF or LF (a lone CR is accepted), then the stream's data starts.</summary>
    public void SkipStreamEol()
    {
        if (Peek(0) == 13)
        {
            Position++;
        }

        if (Position < data.Length && data[Position] == 10)
        {
            Position++;
        }
    }

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public void SkipWhitespace()
    {
        while (Position < data.Length)
        {
            var b = data[Position];
            if (IsWhitespace(b))
            {
                Position++;
            }
            else if (b == '%')
            {
                while (Position < data.Length && data[Position] is not (10 or 13))
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Consumes <paramref name="word"/> when it is the next token (followed by whitespace, a delimiter or the end).</summary>
    public bool TryKeyword(ReadOnlySpan<byte> word)
    {
        SkipWhitespace();
        if (data.Length - Position < word.Length + 1)
        {
            if (data.Length - Position >= word.Length && data[Position..].StartsWith(word))
            {
                throw new PdfMoreNeededException();
            }

            return false;
        }

        if (!data[Position..].StartsWith(word) || !(IsWhitespace(data[Position + word.Length]) || IsDelimiter(data[Position + word.Length])))
        {
            return false;
        }

        Position += word.Length;
        return true;
    }

    public void Expect(ReadOnlySpan<byte> word, string what)
    {
        if (!TryKeyword(word))
        {
            throw Error($"expected '{Encoding.ASCII.GetString(word)}' {what}");
        }
    }

    /// <summary>A non-negative integer token (object numbers, offsets, counts).</summary>
    public long ReadInteger(string what)
    {
        SkipWhitespace();
        var start = Position;
        long value = 0;
        while (Position < data.Length && char.IsAsciiDigit((char)data[Position]))
        {
            value = (value * 10) + (data[Position] - '0');
            if (value > 1L << 40)
            {
                throw Error($"{what} is too large");
            }

            Position++;
        }

        if (Position == data.Length)
        {
            throw new PdfMoreNeededException();
        }

        if (Position == start || !(IsWhitespace(data[Position]) || IsDelimiter(data[Position])))
        {
            throw Error($"expected {what}");
        }

        return value;
    }

    public PdfObject ReadObject() => ReadObject(0);

    public LabelFormatException Error(string message) => new($"PDF: {message} at byte {FileOffset}", FileOffset);

    private PdfObject ReadObject(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error($"objects nested more than {MaxDepth} deep");
        }

        if (++objects > MaxObjects)
        {
            throw new LabelLimitException($"PDF: more than {MaxObjects} objects in one object at byte {fileOffset}");
        }

        SkipWhitespace();
        var b = Peek(0);
        switch (b)
        {
            case (byte)'/':
                Position++;
                return new PdfObject { Kind = PdfKind.Name, Name = ReadNameText() };
            case (byte)'(':
                Position++;
                return new PdfObject { Kind = PdfKind.String, Bytes = ReadLiteral() };
            case (byte)'<' when Peek(1) == '<':
                Position += 2;
                return ReadDictionary(depth);
            case (byte)'<':
                Position++;
                return new PdfObject { Kind = PdfKind.String, Bytes = ReadHex() };
            case (byte)'[':
                Position++;
                return ReadArray(depth);
        }

        if (char.IsAsciiDigit((char)b) || b is (byte)'+' or (byte)'-' or (byte)'.')
        {
            return ReadNumberOrReference();
        }

        if (TryKeyword("true"u8))
        {
            return new PdfObject { Kind = PdfKind.Boolean, Number = 1 };
        }

        if (TryKeyword("false"u8))
        {
            return new PdfObject { Kind = PdfKind.Boolean };
        }

        if (TryKeyword("null"u8))
        {
            return PdfObject.Null;
        }

        throw Error($"unexpected byte 0x{b:X2} where an object should start");
    }

    private readonly byte Peek(int ahead) => Position + ahead < data.Length ? data[Position + ahead] : throw new PdfMoreNeededException();

    private PdfObject ReadDictionary(int depth)
    {
        var entries = new List<KeyValuePair<string, PdfObject>>();
        while (true)
        {
            SkipWhitespace();
            if (Peek(0) == '>' && Peek(1) == '>')
            {
                Position += 2;
                return new PdfObject { Kind = PdfKind.Dictionary, Entries = entries };
            }

            if (Peek(0) != '/')
            {
                throw Error("expected a name as a dictionary key");
            }

            Position++;
            var key = ReadNameText();
            entries.Add(new(key, ReadObject(depth + 1)));
        }
    }

    private PdfObject ReadArray(int depth)
    {
        var items = new List<PdfObject>();
        while (true)
        {
            SkipWhitespace();
            if (Peek(0) == ']')
            {
                Position++;
                return new PdfObject { Kind = PdfKind.Array, Items = items };
            }

            items.Add(ReadObject(depth + 1));
        }
    }

    private PdfObject ReadNumberOrReference()
    {
        var number = ReadNumberToken(out var isInteger);
        if (isInteger && number >= 0)
        {
            // "n g R": look ahead for a second integer and R; otherwise this was a plain number.
            var afterFirst = Position;
            SkipWhitespace();
            var genStart = Position;
            while (Position < data.Length && char.IsAsciiDigit((char)data[Position]))
            {
                Position++;
            }

            if (Position == data.Length)
            {
                throw new PdfMoreNeededException();
            }

            if (Position > genStart && Position - genStart <= 5 && (IsWhitespace(data[Position]) || IsDelimiter(data[Position])))
            {
                var generation = int.Parse(data[genStart..Position], CultureInfo.InvariantCulture);
                if (TryKeyword("R"u8))
                {
                    return new PdfObject { Kind = PdfKind.Reference, ObjectNumber = (int)Math.Min(number, int.MaxValue), Generation = generation };
                }
            }

            Position = afterFirst;
        }

        return new PdfObject { Kind = PdfKind.Number, Number = number, IsInteger = isInteger };
    }

    private double ReadNumberToken(out bool isInteger)
    {
        var start = Position;
        if (data[Position] is (byte)'+' or (byte)'-')
        {
            Position++;
        }

        isInteger = true;
        while (Position < data.Length && (char.IsAsciiDigit((char)data[Position]) || data[Position] == '.'))
        {
            isInteger &= data[Position] != '.';
            Position++;
        }

        if (Position == data.Length)
        {
            throw new PdfMoreNeededException();
        }

        var text = data[start..Position];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && text.Length <= 40
            ? value
            : throw Error("a malformed number");
    }

    private string ReadNameText()
    {
        var bytes = new List<byte>();
        while (true)
        {
            var b = Peek(0);
            if (IsWhitespace(b) || IsDelimiter(b))
            {
                return TextDecoding.Utf8.GetString(bytes.ToArray());
            }

            if (b == '#')
            {
                bytes.Add(HexPair(Peek(1), Peek(2)));
                Position += 3;
                continue;
            }

            bytes.Add(b);
            Position++;
            if (bytes.Count > 127 * 4)
            {
                throw Error("a name longer than PDF allows");
            }
        }
    }

    private byte HexPair(byte high, byte low)
    {
        var h = HexValue(high);
        var l = HexValue(low);
        return h < 0 || l < 0 ? throw Error("a malformed #xx escape in a name") : (byte)((h << 4) | l);
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private byte[] ReadLiteral()
    {
        var bytes = new List<byte>();
        var depth = 1;
        while (true)
        {
            var b = Peek(0);
            Position++;
            switch (b)
            {
                case (byte)'(':
                    depth++;
                    bytes.Add(b);
                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        return bytes.ToArray();
                    }

                    bytes.Add(b);
                    break;
                case (byte)'\\':
                    Escape(bytes);
                    break;
                case 13:
                    // An end of line inside a string reads as a line feed (§7.3.4.2).
                    if (Peek(0) == 10)
                    {
                        Position++;
                    }

                    bytes.Add(10);
                    break;
                default:
                    bytes.Add(b);
                    break;
            }
        }
    }

    private void Escape(List<byte> bytes)
    {
        var e = Peek(0);
        Position++;
        switch (e)
        {
            case (byte)'n': bytes.Add(10); return;
            case (byte)'r': bytes.Add(13); return;
            case (byte)'t': bytes.Add(9); return;
            case (byte)'b': bytes.Add(8); return;
            case (byte)'f': bytes.Add(12); return;
            case 13:
                if (Peek(0) == 10)
                {
                    Position++;
                }

                return;
            case 10:
                return;
        }

        if (e is >= (byte)'0' and <= (byte)'7')
        {
            var value = e - '0';
            for (var i = 0; i < 2 && Peek(0) is >= (byte)'0' and <= (byte)'7'; i++)
            {
                value = (value * 8) + (data[Position] - '0');
                Position++;
            }

            bytes.Add((byte)value);
            return;
        }

        // \( \) \\ and any other character stand for themselves.
        bytes.Add(e);
    }

    private byte[] ReadHex()
    {
        var bytes = new List<byte>();
        var high = -1;
        while (true)
        {
            var b = Peek(0);
            Position++;
            if (b == '>')
            {
                if (high >= 0)
                {
                    bytes.Add((byte)(high << 4));
                }

                return bytes.ToArray();
            }

            if (IsWhitespace(b))
            {
                continue;
            }

            var v = HexValue(b);
            if (v < 0)
            {
                throw Error($"a non-hex byte 0x{b:X2} in a hexadecimal string");
            }

            if (high < 0)
            {
                high = v;
            }
            else
            {
                bytes.Add((byte)((high << 4) | v));
                high = -1;
            }
        }
    }
}
