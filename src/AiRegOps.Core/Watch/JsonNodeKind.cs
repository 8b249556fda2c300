namespace AiRegOps.Core.Watch;

/// <summary>The kinds of value in a <see cref="PositionedJson"/> tree.</summary>
internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
