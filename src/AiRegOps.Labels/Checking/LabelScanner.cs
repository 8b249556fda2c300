using AiRegOps.Labels.Carriers;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Checking;

/// <summary>
/// Checks files for their GB 45438 implicit label: detects the format from the first bytes, runs the carrier reader
/// within the read limits and evaluates what it found. Never throws for a file's content.
/// </summary>
public sealed class LabelScanner(ReadLimits? limits = null, LabelRuleSet? rules = null)
{
    /// <summary>Prefix of the reason when a reader failed in a way it does not expect (a defect; the mutation test looks for it).</summary>
    public const string UnexpectedPrefix = "the reader failed unexpectedly";

    public ReadLimits Limits { get; } = limits ?? ReadLimits.Default;
    public LabelRuleSet Rules { get; } = rules ?? LabelRuleSet.Default;

    public AigcLabelResult CheckFile(string path)
    {
        using var source = new FileRangeSource(path);
        return Check(path, source);
    }

    public AigcLabelResult Check(string name, IRangeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var reader = new RangeReader(source, Limits);
        return Run(name, reader);
    }

    /// <summary>
    /// Checks bytes fetched asynchronously (a blob): <paramref name="fetch"/> returns the bytes at an offset and the
    /// total length. At most <paramref name="windowSizes"/>.Count fetches; each fetches at least its window.
    /// </summary>
    public async Task<AigcLabelResult> CheckAsync(string name, Func<long, int, CancellationToken, Task<(byte[] Data, long Total)>> fetch, IReadOnlyList<int> windowSizes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(windowSizes);
        var (head, total) = await fetch(0, windowSizes[0], cancellationToken).ConfigureAwait(false);
        using var reader = new RangeReader(null, total, Limits);
        reader.AddWindow(0, head);
        for (var fetches = 1; ; fetches++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var attempt = TryRun(name, reader, out var needed);
            if (attempt is not null)
            {
                return attempt;
            }

            if (fetches >= windowSizes.Count)
            {
                var limit = new LabelLimitException($"the label needs more than {windowSizes.Count} ranged reads (next: byte {needed.Offset})");
                return LabelEvaluator.Evaluate(name, "Unknown", [], limit, reader, Rules);
            }

            // The last read of a file that fits in it covers everything after the head, wherever the reader jumps next.
            var offset = fetches == windowSizes.Count - 1 && total - head.Length <= windowSizes[fetches] ? head.Length : needed.Offset;
            var count = (int)Math.Min(Math.Max(needed.Offset + needed.Count - offset, windowSizes[fetches]), total - offset);
            var (data, _) = await fetch(offset, count, cancellationToken).ConfigureAwait(false);
            reader.AddWindow(offset, data);
        }
    }

    /// <summary>The files a path names: the file itself, or the supported files of a folder, recursively, in a stable order.</summary>
    public static IEnumerable<string> Expand(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        return Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Where(f => CarrierDetector.Extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal);
    }

    private AigcLabelResult? TryRun(string name, RangeReader reader, out RangeNeededException needed)
    {
        needed = null!;
        try
        {
            return Run(name, reader, rethrowRangeNeeded: true);
        }
        catch (RangeNeededException ex)
        {
            needed = ex;
            return null;
        }
    }

    private AigcLabelResult Run(string name, RangeReader reader, bool rethrowRangeNeeded = false)
    {
        var sink = new LabelSink();
        ICarrierReader? carrier = null;
        Exception? problem = null;
        try
        {
            if (reader.Length == 0)
            {
                return LabelEvaluator.Unsupported(name, 0, Rules);
            }

            var head = reader.Get(0, (int)Math.Min(reader.Length, CarrierDetector.HeadBytes));
            carrier = CarrierDetector.Detect(head, name);
            if (carrier is null)
            {
                return LabelEvaluator.Unsupported(name, reader.Length, Rules);
            }

            carrier.Read(reader, sink);
        }
        catch (RangeNeededException) when (rethrowRangeNeeded)
        {
            throw;
        }
        catch (Exception ex) when (ex is LabelFormatException or LabelLimitException)
        {
            problem = ex;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or RangeNeededException or OperationCanceledException))
        {
            // A defect in a reader must not stop a scan of thousands of files; the reason names it so tests catch it.
            problem = new LabelFormatException($"{UnexpectedPrefix} ({ex.GetType().Name}: {ex.Message})", 0);
        }

        var format = sink.Format ?? carrier?.Format ?? "Unknown";
        return LabelEvaluator.Evaluate(name, format, sink.Labels, problem, reader, Rules, sink.Findings);
    }
}
