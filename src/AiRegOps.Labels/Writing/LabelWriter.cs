using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Writing;

/// <summary>
/// Writes an implicit label into a file atomically: the new file is assembled beside the original, read back with the
/// same checker Test-AigcLabel uses (common tools silently drop the key), and renamed over the original only when the
/// read-back finds exactly this one compliant label. Otherwise the original is untouched.
/// </summary>
public sealed class LabelWriter(LabelScanner? scanner = null)
{
    private readonly LabelScanner scanner = scanner ?? new LabelScanner();

    /// <summary>Checks what <see cref="Write"/> would do without writing: the format, and that the file has no label yet.</summary>
    public AigcLabelResult Preflight(string path)
    {
        var before = scanner.CheckFile(path);
        if (before.Verdict == LabelVerdict.Inconclusive)
        {
            throw new LabelWriteException($"'{path}' cannot be labelled: {before.Reason}");
        }

        if (before.LabelCount > 0)
        {
            throw new LabelWriteException($"'{path}' already has an implicit label ({before.Carrier}, {before.Verdict}); a second one would break GB 45438-2025 §6.1 c)");
        }

        return before;
    }

    public AigcLabelResult Write(string path, LabelFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var before = Preflight(path);
        var json = fields.ToJson();
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.aigc-{Guid.NewGuid():N}.tmp");
        try
        {
            if (before.Format is "DOCX" or "XLSX" or "PPTX")
            {
                File.Copy(full, temporary);
                OfficeInserter.Insert(temporary, json);
            }
            else
            {
                Assemble(full, temporary, before.Format, json);
            }

            AigcLabelResult after;
            using (var written = new FileRangeSource(temporary))
            {
                after = scanner.Check(full, written);
            }

            if (after.Verdict != LabelVerdict.Compliant || after.LabelCount != 1 || after.Label != fields.Label
                || after.ContentProducer != fields.ContentProducer || after.ProduceID != fields.ProduceID)
            {
                throw new LabelWriteException($"reading the written label back gave {after.Verdict} ({after.Reason}); '{path}' was left unchanged");
            }

            File.Move(temporary, full, overwrite: true);
            return after;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void Assemble(string source, string target, string format, string json)
    {
        using var input = new FileRangeSource(source);
        var plan = LabelInserter.Plan(format, new RangeReader(input), json);
        using var read = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        var buffer = new byte[1 << 16];
        foreach (var piece in plan)
        {
            if (piece.Data is { } data)
            {
                output.Write(data);
                continue;
            }

            read.Position = piece.Offset;
            var left = piece.Length;
            while (left > 0)
            {
                var n = read.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (n == 0)
                {
                    throw new LabelWriteException($"'{source}' changed while it was being labelled");
                }

                output.Write(buffer, 0, n);
                left -= n;
            }
        }

        output.Flush(flushToDisk: true);
    }
}
