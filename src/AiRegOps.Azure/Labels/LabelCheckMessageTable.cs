namespace AiRegOps.Azure.Labels;

/// <summary>The table of blob versions already checked (an <see cref="Watch.AzureTableProcessedMessageStore"/> of its own, apart from deployment ids).</summary>
public static class LabelCheckMessageTable
{
    public const string DefaultTableName = "labelchecks";
}
