namespace AiRegOps.Labels.Checking;

/// <summary>What happened to a file's label between two scans (Labelling Measures Art. 10: no deleting, tampering with or forging labels).</summary>
public enum LabelChangeKind
{
    Unchanged,

    /// <summary>Only the dissemination fields (ContentPropagator, PropagateID, ReservedCode2) were filled or changed: allowed.</summary>
    Propagated,

    /// <summary>The label was there before and is gone.</summary>
    Removed,

    /// <summary>The Label value or the integrity field ReservedCode1 changed.</summary>
    Changed,

    /// <summary>The production elements (ContentProducer, ProduceID) now claim another origin, or production elements appeared where the file had no label.</summary>
    Forged,

    /// <summary>The file is in the first set only.</summary>
    FileMissing,

    /// <summary>The file is in the second set only.</summary>
    FileAdded,
}
