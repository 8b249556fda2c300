using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// AMF0 (Adobe Action Message Format 0), the encoding of FLV script data: reads the script's name and the top-level
/// properties of its object or ECMA array; a property whose name contains AIGC is the label (a string as it is, an
/// object as JSON so its fields can be checked). Every length is checked against the tag; nesting is capped.
/// </summary>
internal ref struct Amf0
{
    private const int MaxDepth = 16;
    private readonly ReadOnlySpan<byte> data;
    private readonly long offset;
    private int pos;

    public Amf0(ReadOnlySpan<byte> data, long offset)
    {
        this.data = data;
        this.offset = offset;
    }

    /// <summary>The first value of a script tag, the name of the script ("onMetaData"); null when it is not a string.</summary>
    public string? ReadName() => Byte() == 2 ? ShortString() : null;

    public void ReadMetadata(string carrier, long tagOffset, LabelSink sink)
    {
        var marker = Byte();
        if (marker == 8)
        {
            Take(4); // the ECMA array's approximate count; the end marker is what counts
        }
        else if (marker != 3)
        {
            return;
        }

        while (true)
        {
            var name = ShortString();
            if (name.Length == 0 && Peek() == 9)
            {
                pos++;
                return;
            }

            if (LabelRuleSet.Default.IsFieldName(name))
            {
                sink.Add(carrier, name, ValueText(), tagOffset);
            }
            else
            {
                Skip(0);
            }
        }
    }

    private string ValueText()
    {
        var marker = Peek();
        switch (marker)
        {
            case 2:
                pos++;
                return ShortString();
            case 12:
                pos++;
                return LongString();
            case 3 or 8:
                return ObjectJson();
            default:
                var start = pos;
                Skip(0);
                return $"(an AMF0 value of type {marker}, {pos - start} bytes)";
        }
    }

    // An object or ECMA array of scalars, as JSON text: the label checks then name the field that is wrong.
    private string ObjectJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            if (Byte() == 8)
            {
                Take(4);
            }

            json.WriteStartObject();
            while (true)
            {
                var name = ShortString();
                if (name.Length == 0 && Peek() == 9)
                {
                    pos++;
                    break;
                }

                switch (Peek())
                {
                    case 0:
                        pos++;
                        var number = BinaryPrimitives.ReadDoubleBigEndian(Take(8));
                        if (double.IsFinite(number))
                        {
                            json.WriteNumber(name, number);
                        }
                        else
                        {
                            json.WriteNull(name);
                        }

                        break;
                    case 1:
                        pos++;
                        json.WriteBoolean(name, Byte() != 0);
                        break;
                    case 2:
                        pos++;
                        json.WriteString(name, ShortString());
                        break;
                    case 12:
                        pos++;
                        json.WriteString(name, LongString());
                        break;
                    default:
                        Skip(1);
                        json.WriteNull(name);
                        break;
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private void Skip(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error($"AMF0 values nested more than {MaxDepth} deep");
        }

        var marker = Byte();
        switch (marker)
        {
            case 0:
                Take(8);
                return;
            case 1:
                Take(1);
                return;
            case 2:
                ShortString();
                return;
            case 3:
                Properties(depth);
                return;
            case 5 or 6 or 13:
                return;
            case 7:
                Take(2);
                return;
            case 8:
                Take(4);
                Properties(depth);
                return;
            case 10:
                var count = BinaryPrimitives.ReadUInt32BigEndian(Take(4));
                for (var i = 0u; i < count; i++)
                {
                    Skip(depth + 1);
                }

                return;
            case 11:
                Take(10);
                return;
            case 12 or 15:
                LongString();
                return;
            case 16:
                ShortString();
                Properties(depth);
                return;
            default:
                throw Error($"an unknown AMF0 type marker {marker}");
        }
    }

    private void Properties(int depth)
    {
        while (true)
        {
            var name = ShortString();
            if (name.Length == 0 && Peek() == 9)
            {
                pos++;
                return;
            }

            Skip(depth + 1);
        }
    }

    private string ShortString() => Encoding.UTF8.GetString(Take(BinaryPrimitives.ReadUInt16BigEndian(Take(2))));

    private string LongString()
    {
        var length = BinaryPrimitives.ReadUInt32BigEndian(Take(4));
        return length > (uint)(data.Length - pos) ? throw Error("an AMF0 long string runs past the end of the script tag") : Encoding.UTF8.GetString(Take((int)length));
    }

    private byte Byte() => Take(1)[0];

    private readonly byte Peek() => pos < data.Length ? data[pos] : throw Error("the script data ends inside a value");

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > data.Length - pos)
        {
            throw Error("the script data ends inside a value");
        }

        var span = data.Slice(pos, count);
        pos += count;
        return span;
    }

    private readonly LabelFormatException Error(string message) =>
        new($"FLV: {message} at byte {offset + pos}", offset + pos);
}
