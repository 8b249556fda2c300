using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// Reads the implicit-label candidates of one file format. Pure over the <see cref="RangeReader"/>: it may be run
/// again from the start (asynchronous sources), throws <see cref="LabelFormatException"/> for a broken structure and
/// <see cref="LabelLimitException"/> past a limit, and nothing else for any input.
/// </summary>
public interface ICarrierReader
{
    string Format { get; }

    void Read(RangeReader reader, LabelSink sink);
}
