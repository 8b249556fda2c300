namespace AiRegOps.Core.Evidence;

/// <summary>
/// What evidence metadata may hold, checked before anything is stored: every field fits the ledger (a stored entry is
/// at most <see cref="LedgerChain.MaxStoredLength"/> bytes, an Azure table property 64 KiB), so an add never fails after
/// its blob is uploaded; names carry no control or bidirectional-override characters, so they cannot forge a line of a
/// log or of the idempotency key (whose parts are joined by newlines) or read differently from how they are stored.
/// </summary>
public static class EvidenceMetadataRules
{
    public const int MaxObligationIdLength = 128;
    public const int MaxPeriodLength = 256;
    public const int MaxNameLength = 256;
    public const int MaxNoteLength = 4000;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first field that is missing, too long or holds a forbidden character.</summary>
    public static void Validate(EvidenceMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ServiceNames.Validate(metadata.Service, nameof(metadata));
        Name(metadata.ObligationId, "obligation id", MaxObligationIdLength, required: true);
        Name(metadata.Period, "period", MaxPeriodLength, required: true);
        Name(metadata.AddedBy, "who added it (AddedBy)", MaxNameLength, required: true);
        Name(metadata.DeploymentId, "deployment id", MaxNameLength, required: false);
        Name(metadata.FileName, "file name", MaxNameLength, required: false);
        Name(metadata.ContentType, "content type", MaxNameLength, required: false);
        if (metadata.Note is { } note)
        {
            if (note.Length > MaxNoteLength)
            {
                throw new ArgumentException($"The note is {note.Length:N0} characters, more than the {MaxNoteLength:N0} allowed.", nameof(metadata));
            }

            if (TextSafety.FirstForbidden(note, allowLineBreaks: true) is { } bad)
            {
                throw new ArgumentException($"The note holds the character U+{(int)bad:X4} at a place where only text, tabs and line breaks are allowed.", nameof(metadata));
            }
        }
    }

    /// <summary>Checks one name-like field (also used for recorded facts).</summary>
    public static void Name(string? value, string what, int maxLength, bool required)
    {
        if (value is null || value.Length == 0 || string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                throw new ArgumentException($"Evidence needs {what}.", "metadata");
            }

            return;
        }

        if (value.Length > maxLength)
        {
            throw new ArgumentException($"The {what} is {value.Length:N0} characters, more than the {maxLength:N0} allowed.", "metadata");
        }

        if (TextSafety.FirstForbidden(value, allowLineBreaks: false) is { } bad)
        {
            throw new ArgumentException($"The {what} holds the control or bidirectional-override character U+{(int)bad:X4}; names may not.", "metadata");
        }
    }
}
