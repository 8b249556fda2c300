using System.Globalization;

namespace AiRegOps.Evidence.Bench;

/// <summary>
/// <c>[sizes-MiB=1,8,64,256,1024] [rounds=3] [--modes file,stream] [--verify ledger-entries]</c>.
/// </summary>
internal sealed record BenchOptions(IReadOnlyList<int> SizesMiB, int Rounds, IReadOnlyList<string> Modes, int? LedgerEntries)
{
    /// <summary>Sizes below this get at least <see cref="MinSmallRounds"/> rounds.</summary>
    public const int SmallSizeMiB = 256;

    /// <summary>
    /// Uploads of up to 64 MiB take 15-600 ms, and a few milliseconds of the machine's noise move their ratio by
    /// several points (3 rounds at 8 MiB gave 71 % and 85 % in two idle runs minutes apart); more rounds cost them
    /// little. Larger sizes take seconds each and keep the rounds asked for.
    /// </summary>
    public const int MinSmallRounds = 8;

    /// <summary>
    /// How many rounds of each side a size gets: always an even number. The sides take turns going first, and the
    /// second upload of a round runs slower (at 8 MiB about 15 ms, while Azurite still frees the first one's memory),
    /// so an odd number of rounds gives one side the faster slot once more than the other.
    /// </summary>
    public int RoundsFor(int sizeMiB)
    {
        var rounds = sizeMiB < SmallSizeMiB ? Math.Max(Rounds, MinSmallRounds) : Rounds;
        return rounds + (rounds % 2);
    }

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
