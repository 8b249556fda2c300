using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// Checks an obligation's roles and conditions against a service and says why, with articles. Reasons depend only on
/// the service and the condition, so each is built once per service and shared by every obligation that asks.
/// </summary>
internal static class ApplicabilityEvaluator
{
    /// <summary>Adds one reason per condition to <paramref name="reasons"/>; returns whether every condition holds.</summary>
    public static bool Evaluate(Obligation obligation, ConditionMasks masks, ScheduleContext context, List<string> reasons)
    {
        var condition = obligation.Applicability;
        var reasonCache = context.Reasons;
        var applies = Add(reasons, reasonCache.Get(ReasonKind.Roles, masks.Roles, RolesReason, context));
        if (masks.Technologies != 0)
        {
            applies &= Add(reasons, reasonCache.Get(ReasonKind.Technologies, masks.Technologies, TechnologiesReason, context));
        }

        if (masks.AlgorithmTypes != 0)
        {
            applies &= Add(reasons, reasonCache.Get(ReasonKind.AlgorithmTypes, masks.AlgorithmTypes, AlgorithmTypesReason, context));
        }

        if (masks.DeepSynthesis != 0)
        {
            applies &= Add(reasons, reasonCache.Get(ReasonKind.DeepSynthesis, masks.DeepSynthesis, DeepSynthesisReason, context));
        }

        if (masks.Audiences != 0)
        {
            applies &= Add(reasons, reasonCache.Get(ReasonKind.Audiences, masks.Audiences, AudiencesReason, context));
        }

        var profile = context.Profile;
        if (condition.RequiresPublicOpinionAttributes)
        {
            applies &= Add(reasons, reasonCache.Get(ReasonKind.PublicOpinion, 0, PublicOpinionReason, context));
        }

        if (condition.RequiresPublicInPrc)
        {
            applies &= Add(reasons, profile.PublicInPrc
                ? (true, "offered to the public within the PRC (GAIM Art. 2)")
                : (false, "not offered to the public within the PRC, so GAIM does not apply (GAIM Art. 2)"));
        }

        if (condition.RequiresBiometricEditing)
        {
            applies &= Add(reasons, profile.BiometricEditing
                ? (true, "edits biometric information such as faces or voices")
                : (false, "offers no biometric editing"));
        }

        if (condition.RequiresNewsService)
        {
            applies &= Add(reasons, profile.NewsService
                ? (true, "provides internet news information services")
                : (false, "provides no news information services"));
        }

        if (condition.RequiresUnlabelledContentOnRequest)
        {
            applies &= Add(reasons, profile.UnlabelledContentOnRequest
                ? (true, "supplies content without explicit labels on request")
                : (false, "never supplies content without explicit labels"));
        }

        if (condition.RequiresEthicsReviewActivities)
        {
            applies &= Add(reasons, context.HasRole(ObligorRole.ResearchUnit)
                ? (true, "does S&T research subject to ethics review (research-unit role)")
                : (false, "does no S&T research subject to ethics review"));
        }

        return applies;
    }

    private static bool Add(List<string> reasons, (bool Holds, string Reason) result)
    {
        reasons.Add(result.Reason);
        return result.Holds;
    }

    private static (bool, string) RolesReason(int mask, ScheduleContext context)
    {
        var roles = Members<ObligorRole>(mask);
        var held = roles.FirstOrDefault(context.HasRole, (ObligorRole)(-1));
        return (int)held >= 0
            ? (true, $"acts as {KebabName<ObligorRole>.Of(held)}")
            : (false, $"binds {JoinOr(roles)}; the provider acts as {Join(context.Profile.Provider.Roles)}");
    }

    private static (bool, string) TechnologiesReason(int mask, ScheduleContext context)
    {
        var wanted = Members<Technology>(mask);
        var used = wanted.Where(context.Profile.Technologies.Uses).ToList();
        return used.Count > 0 ? (true, $"uses {Join(used)}") : (false, $"does not use {JoinOr(wanted)}");
    }

    private static (bool, string) AlgorithmTypesReason(int mask, ScheduleContext context)
    {
        var wanted = Members<AlgorithmType>(mask);
        var used = wanted.Where(context.Profile.Technologies.EffectiveAlgorithmTypes.Contains).ToList();
        return used.Count > 0
            ? (true, $"uses {Join(used)} algorithms (ARR Art. 2)")
            : (false, $"uses no {JoinOr(wanted)} algorithm (ARR Art. 2)");
    }

    private static (bool, string) DeepSynthesisReason(int mask, ScheduleContext context)
    {
        var wanted = Members<DeepSynthesisUseCase>(mask);
        var used = wanted.Where(context.Profile.Technologies.DeepSynthesis.Contains).ToList();
        return used.Count > 0
            ? (true, $"covers deep synthesis of {Join(used)}")
            : (false, $"covers no deep synthesis of {JoinOr(wanted)}");
    }

    private static (bool, string) AudiencesReason(int mask, ScheduleContext context)
    {
        var wanted = Members<Audience>(mask);
        var served = wanted.Where(context.Profile.Audiences.Contains).ToList();
        return served.Count > 0 ? (true, $"serves {Join(served)}") : (false, $"serves no {JoinOr(wanted)}");
    }

    private static (bool, string) PublicOpinionReason(int mask, ScheduleContext context)
    {
        var result = context.PublicOpinion;
        return result.HasPublicOpinionAttributes
            ? (true, $"has public-opinion attributes: {result.Explanation}")
            : (false, $"has no public-opinion attributes: {result.Explanation}");
    }

    private static List<T> Members<T>(int mask)
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => (mask & (1 << Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))) != 0).ToList();

    private static string Join<T>(IEnumerable<T> values)
        where T : struct, Enum => string.Join(", ", values.Select(KebabName<T>.Of));

    private static string JoinOr<T>(IEnumerable<T> values)
        where T : struct, Enum => string.Join(" or ", values.Select(KebabName<T>.Of));
}
