namespace AiRegOps.Labels.Tests.Corpus;

/// <summary>One carrier of the generated corpus: builds a file holding the given labels (JSON values), plus other metadata when asked.</summary>
internal sealed record CorpusCarrier(string Name, string Extension, string Format, Func<IReadOnlyList<string>, bool, byte[]> Build)
{
    public override string ToString() => Name;
}
