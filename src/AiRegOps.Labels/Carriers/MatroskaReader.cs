using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// Matroska and WebM (EBML): Segment/Tags/Tag/SimpleTag whose TagName contains AIGC, its TagString the label
/// (TC260-PG-20257A). Walks the Segment's element headers and seeks over every Cluster; once the first Cluster is
/// reached, the Tags elements the SeekHead lists are read directly and the walk resumes after the last of them, so a
/// long video costs a few reads instead of one per Cluster. Tags between Clusters that the SeekHead does not list
/// are not seen. Written here because no .NET library walks EBML lazily with the offsets the uniqueness rule needs.
/// </summary>
public sealed class MatroskaReader : ICarrierReader
{
    private const uint EbmlHeader = 0x1A45DFA3;
    private const uint DocType = 0x4282;
    private const uint Segment = 0x18538067;
    private const uint SeekHead = 0x114D9B74;
    private const uint Seek = 0x4DBB;
    private const uint SeekId = 0x53AB;
    private const uint SeekPosition = 0x53AC;
    private const uint Cluster = 0x1F43B675;
    private const uint Tags = 0x1254C367;
    private const uint Tag = 0x7373;
    private const uint SimpleTag = 0x67C8;
    private const uint TagName = 0x45A3;
    private const uint TagString = 0x4487;
    private const int MaxTagDepth = 8;

    public string Format => "MKV";

    public static bool Matches(ReadOnlySpan<byte> head) => head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]);

    public void Read(RangeReader reader, LabelSink sink)
    {
        var elements = 0;
        var header = Element(reader, 0, reader.Length);
        if (header.Id != EbmlHeader || header.Unknown)
        {
            throw new LabelFormatException("EBML: the file does not start with an EBML header of known size", 0);
        }

        if (Children(reader.Get(header.Data, Item(header, reader)), header.Data).FirstOrDefault(c => c.Id == DocType) is { Length: > 0 } docType
            && TextDecoding.Latin1.GetString(reader.Get(docType.Data, (int)docType.Length)).TrimEnd('\0') == "webm")
        {
            sink.Format = "WebM";
        }

        var pos = header.End;
        var segments = 0;
        while (pos < reader.Length)
        {
            reader.Step(ref elements);
            var element = Element(reader, pos, reader.Length, clamp: true);
            if (element.Id == Segment)
            {
                segments++;
                WalkSegment(reader, element, sink, ref elements);
            }

            if (element.Clamped)
            {
                // Everything the cut left was read; the verdict cannot be NotFound.
                throw new LabelFormatException($"EBML: element 0x{element.Id:X} at byte {element.Offset} runs past the end of the file", reader.Length, truncated: true);
            }

            if (element.Unknown)
            {
                break; // an unknown-size Segment runs to the end of the file
            }

            pos = element.End;
        }

        if (segments == 0)
        {
            throw new LabelFormatException("EBML: the file has no Segment (cut short)", reader.Length, truncated: true);
        }
    }

    private static void WalkSegment(RangeReader reader, ElementHeader segment, LabelSink sink, ref int elements)
    {
        var end = segment.Unknown ? reader.Length : segment.End;
        var listedTags = new SortedSet<long>();
        var read = new HashSet<long>();
        var jumped = false;
        var pos = segment.Data;
        while (pos < end)
        {
            reader.Step(ref elements);
            var element = Element(reader, pos, end);
            switch (element.Id)
            {
                case SeekHead when !element.Unknown:
                    foreach (var target in SeekTargets(reader, element, segment.Data))
                    {
                        listedTags.Add(target);
                    }

                    break;
                case Tags when !element.Unknown && read.Add(element.Offset):
                    ReadTags(reader, element, sink);
                    break;
                case Cluster when !jumped && listedTags.Count > 0:
                    jumped = true;
                    var resume = pos;
                    foreach (var target in listedTags.Where(t => t > pos && t < end))
                    {
                        reader.Step(ref elements);
                        var tags = Element(reader, target, end);
                        if (tags.Id != Tags || tags.Unknown)
                        {
                            throw new LabelFormatException($"EBML: the SeekHead points to byte {target} for Tags, where there is none", target);
                        }

                        if (read.Add(tags.Offset))
                        {
                            ReadTags(reader, tags, sink);
                        }

                        resume = tags.End;
                    }

                    if (resume != pos)
                    {
                        pos = resume;
                        continue;
                    }

                    break;
            }

            // An unknown-size Cluster (live recordings) ends where the next top-level element starts: walk its children
            // as if they were the Segment's, they are never Tags.
            pos = element.Unknown ? element.Data : element.End;
        }
    }

    private static IEnumerable<long> SeekTargets(RangeReader reader, ElementHeader seekHead, long segmentData)
    {
        var targets = new List<long>();
        var data = reader.Get(seekHead.Data, Item(seekHead, reader));
        foreach (var seek in Children(data, seekHead.Data))
        {
            if (seek.Id != Seek)
            {
                continue;
            }

            var body = data.Slice((int)(seek.Data - seekHead.Data), (int)seek.Length);
            uint id = 0;
            long? position = null;
            foreach (var field in Children(body, seek.Data))
            {
                var value = body.Slice((int)(field.Data - seek.Data), (int)field.Length);
                if (field.Id == SeekId && value.Length <= 4)
                {
                    id = (uint)UInt(value);
                }
                else if (field.Id == SeekPosition && value.Length <= 8)
                {
                    position = (long)UInt(value);
                }
            }

            if (id == Tags && position is { } p && p >= 0)
            {
                targets.Add(segmentData + p);
            }
        }

        return targets;
    }

    private static void ReadTags(RangeReader reader, ElementHeader tags, LabelSink sink)
    {
        var data = reader.Get(tags.Data, Item(tags, reader));
        foreach (var tag in Children(data, tags.Data))
        {
            if (tag.Id == Tag)
            {
                SimpleTags(data, tags.Data, tag, sink, 0);
            }
        }
    }

    private static void SimpleTags(ReadOnlySpan<byte> data, long dataOffset, ElementHeader parent, LabelSink sink, int depth)
    {
        if (depth > MaxTagDepth)
        {
            throw new LabelFormatException($"EBML: SimpleTags nested more than {MaxTagDepth} deep at byte {parent.Offset}", parent.Offset);
        }

        var body = data.Slice((int)(parent.Data - dataOffset), (int)parent.Length);
        foreach (var child in Children(body, parent.Data))
        {
            if (child.Id != SimpleTag)
            {
                continue;
            }

            var simple = data.Slice((int)(child.Data - dataOffset), (int)child.Length);
            string? name = null;
            string? value = null;
            foreach (var field in Children(simple, child.Data))
            {
                var text = simple.Slice((int)(field.Data - child.Data), (int)field.Length);
                if (field.Id == TagName)
                {
                    name = TextDecoding.TrimNul(TextDecoding.Utf8.GetString(text));
                }
                else if (field.Id == TagString)
                {
                    value = TextDecoding.TrimNul(TextDecoding.Utf8.GetString(text));
                }
            }

            if (name is not null && LabelRuleSet.Default.IsFieldName(name))
            {
                sink.Add("MKV Tags/Tag/SimpleTag", name, value ?? string.Empty, child.Offset);
            }

            SimpleTags(data, dataOffset, child, sink, depth + 1);
        }
    }

    /// <summary>The child elements of an element held in memory; every size is checked against the parent.</summary>
    private static List<ElementHeader> Children(ReadOnlySpan<byte> body, long bodyOffset)
    {
        var children = new List<ElementHeader>();
        var pos = 0;
        while (pos < body.Length)
        {
            var child = Parse(body[pos..], bodyOffset + pos, bodyOffset + body.Length);
            if (child.Unknown)
            {
                throw new LabelFormatException($"EBML: an element of unknown size inside another at byte {child.Offset}", child.Offset);
            }

            children.Add(child);
            pos = (int)(child.End - bodyOffset);
        }

        return children;
    }

    private static ElementHeader Element(RangeReader reader, long pos, long end, bool clamp = false)
    {
        var available = (int)Math.Min(12, reader.Length - pos);
        if (available <= 0)
        {
            throw new LabelFormatException($"EBML: the file ends at byte {pos} where an element header should be", pos, truncated: true);
        }

        return Parse(reader.Get(pos, available), pos, end, end == reader.Length, clamp);
    }

    private static ElementHeader Parse(ReadOnlySpan<byte> bytes, long offset, long end, bool endIsFileEnd = false, bool clamp = false)
    {
        var idLength = VintLength(bytes, 0, offset);
        if (idLength > 4)
        {
            throw new LabelFormatException($"EBML: an element id of {idLength} bytes at byte {offset}", offset);
        }

        var sizeLength = VintLength(bytes, idLength, offset);
        if (idLength + sizeLength > bytes.Length)
        {
            throw Truncated(offset);
        }

        var id = (uint)UInt(bytes[..idLength]);
        var size = (long)(UInt(bytes.Slice(idLength, sizeLength)) & ((1UL << (7 * sizeLength)) - 1));
        var unknown = size == (long)((1UL << (7 * sizeLength)) - 1);
        var data = offset + idLength + sizeLength;
        if (unknown)
        {
            return new ElementHeader(id, offset, data, end - data, true);
        }

        if (size > end - data)
        {
            if (clamp && endIsFileEnd)
            {
                return new ElementHeader(id, offset, data, end - data, false, Clamped: true);
            }

            throw new LabelFormatException($"EBML: element 0x{id:X} at byte {offset} declares {size} bytes, past the end of its parent or the file", offset, truncated: endIsFileEnd);
        }

        return new ElementHeader(id, offset, data, size, false);
    }

    private static int VintLength(ReadOnlySpan<byte> bytes, int at, long offset)
    {
        if (at >= bytes.Length)
        {
            throw Truncated(offset);
        }

        var first = bytes[at];
        return first == 0 ? throw new LabelFormatException($"EBML: an invalid variable-length integer at byte {offset + at}", offset + at) : System.Numerics.BitOperations.LeadingZeroCount((uint)first) - 23;
    }

    private static LabelFormatException Truncated(long offset) => new($"EBML: the file ends inside the element header at byte {offset}", offset, truncated: true);

    private static ulong UInt(ReadOnlySpan<byte> bytes)
    {
        ulong value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    private static int Item(ElementHeader element, RangeReader reader) =>
        element.Length <= reader.Limits.MaxItemBytes ? (int)element.Length : throw new LabelLimitException($"EBML element 0x{element.Id:X} at byte {element.Offset} holds {element.Length} bytes, more than the {reader.Limits.MaxItemBytes}-byte limit");

    private readonly record struct ElementHeader(uint Id, long Offset, long Data, long Length, bool Unknown, bool Clamped = false)
    {
        public long End => Data + Length;
    }
}
