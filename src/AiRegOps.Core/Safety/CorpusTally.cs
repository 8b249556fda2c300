namespace AiRegOps.Core.Safety;

/// <summary>What a corpus sample file adds up to: pass and fail by method, and by source.</summary>
public sealed class CorpusTally
{
    private readonly long[] counts = new long[4];
    private readonly List<long> sourcePass = [];
    private readonly List<long> sourceFail = [];
    private IReadOnlyList<string> sources = [];

    public long Items { get; private set; }

    public IReadOnlyList<string> Sources => sources;

    public long Count(CorpusMethod method, bool pass) => counts[((int)method * 2) + (pass ? 0 : 1)];

    public long Total(CorpusMethod method) => Count(method, true) + Count(method, false);

    public long SourcePass(int index) => sourcePass[index];

    public long SourceFail(int index) => sourceFail[index];

    internal void Add(CorpusMethod method, bool pass, int source)
    {
        Items++;
        counts[((int)method * 2) + (pass ? 0 : 1)]++;
        while (sourcePass.Count <= source)
        {
            sourcePass.Add(0);
            sourceFail.Add(0);
        }

        if (pass)
        {
            sourcePass[source]++;
        }
        else
        {
            sourceFail[source]++;
        }
    }

    internal void SetSources(IReadOnlyList<string> names) => sources = names;
}
