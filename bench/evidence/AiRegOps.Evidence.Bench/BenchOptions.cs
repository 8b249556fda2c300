using System.Globalization;

namespace AiRegOps.Evidence.Bench;

/// <summary>
/// <c>[sizes-MiB=1,8,64,256,1024] [rounds=3] [--modes file,stream] [--verify ledger-entries]</c>.
/// </summary>
internal sealed record BenchOptions(IReadOnlyList<int> SizesMiB, int Rounds, IReadOnlyList<string> Modes, int? LedgerEntries)
{
    public static BenchOptions Parse(string[] args)
    {
        var positional = new List<string>();
        var modes = new[] { "file", "stream" };
        int? entries = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--modes":
                    modes = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries);
                    break;
                case "--verify":
                    entries = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    positional.Add(args[i]);
                    break;
            }
        }

        var sizes = positional.Count > 0
            ? positional[0].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : [1, 8, 64, 256, 1024];
        var rounds = positional.Count > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 3;
        return new BenchOptions(sizes, rounds, modes, entries);
    }
}
