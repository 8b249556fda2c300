namespace AiRegOps.Core.Safety;

/// <summary>
/// The Wilson score interval for a proportion at 95% confidence (two-sided, z = 1.95996): a rate "demonstrated" is one
/// whose interval lies on the right side of the threshold, not only its point estimate.
/// </summary>
public static class WilsonScore
{
    /// <summary>The 0.975 quantile of the standard normal distribution: a statistical constant, not a legal number.</summary>
    public const double Z = 1.959963984540054;

    // Beyond this many judgements the answer is "not practically demonstrable", not a number.
    private const long SearchCeiling = 10_000_000_000;

    public static (double Lower, double Upper) Interval(long successes, long n) =>
        n <= 0 ? (0, 1) : Interval((double)successes / n, n);

    /// <summary>The interval for an observed rate <paramref name="p"/> over <paramref name="n"/> trials.</summary>
    public static (double Lower, double Upper) Interval(double p, double n)
    {
        if (n <= 0)
        {
            return (0, 1);
        }

        const double z2 = Z * Z;
        var denominator = 1 + (z2 / n);
        var centre = p + (z2 / (2 * n));
        var margin = Z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return (Math.Max(0, (centre - margin) / denominator), Math.Min(1, (centre + margin) / denominator));
    }

    /// <summary>
    /// The smallest sample, at least <paramref name="n"/>, whose interval at the same observed rate clears
    /// <paramref name="threshold"/>; null when no sample can (the rate is on or beyond the threshold).
    /// </summary>
    public static long? SampleToDemonstrate(double p, double threshold, RateDirection direction, long n)
    {
        if (direction == RateDirection.AtLeast ? p <= threshold : p >= threshold)
        {
            return null;
        }

        bool Clears(long size)
        {
            var (lower, upper) = Interval(p, size);
            return direction == RateDirection.AtLeast ? lower >= threshold : upper <= threshold;
        }

        var low = Math.Max(1, n);
        if (Clears(low))
        {
            return low;
        }

        var high = low * 2;
        while (!Clears(high))
        {
            low = high;
            high *= 2;
            if (high > SearchCeiling)
            {
                return null;
            }
        }

        // Clears(high) holds and Clears(low) does not: the bound grows with the sample at a fixed rate.
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (Clears(middle))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return high;
    }
}
