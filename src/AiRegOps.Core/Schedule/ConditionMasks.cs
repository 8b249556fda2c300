using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Schedule;

/// <summary>An obligation's list conditions as bit masks, computed once per catalogue so services compare cheaply.</summary>
internal readonly record struct ConditionMasks(int Roles, int Technologies, int AlgorithmTypes, int DeepSynthesis, int Audiences)
{
    public static ConditionMasks Of(Obligation obligation) => new(
        Mask(obligation.Roles),
        Mask(obligation.Applicability.TechnologiesAny),
        Mask(obligation.Applicability.AlgorithmTypesAny),
        Mask(obligation.Applicability.DeepSynthesisUseCasesAny),
        Mask(obligation.Applicability.AudiencesAny));

    public static int Mask<T>(IEnumerable<T> values)
        where T : struct, Enum
    {
        var mask = 0;
        foreach (var value in values)
        {
            mask |= 1 << Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return mask;
    }
}
