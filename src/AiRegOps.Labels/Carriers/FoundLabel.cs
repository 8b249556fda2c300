namespace AiRegOps.Labels.Carriers;

/// <summary>One label candidate a carrier reader found: where, under which field name, with its raw value.</summary>
public sealed record FoundLabel
{
    /// <summary>The carrier and placement, e.g. "PNG iTXt XML:com.adobe.xmp" or "MP4 moov/udta/meta keys+ilst".</summary>
    public required string Carrier { get; init; }

    /// <summary>The metadata field name or keyword the value was stored under.</summary>
    public required string FieldName { get; init; }

    public required string Value { get; init; }

    /// <summary>Byte offset of the structure (chunk, box, segment, frame) that holds the value.</summary>
    public required long Offset { get; init; }

    /// <summary>The value was HTML-entity encoded on top of its carrier's own escaping and was decoded.</summary>
    public bool EntityDecoded { get; init; }

    /// <summary>Where a reader found Annex E fields outside any AIGC field (e.g. top-level front matter keys).</summary>
    public bool Loose { get; init; }

    public string Where => $"{Carrier} '{FieldName}' at byte {Offset}";
}
