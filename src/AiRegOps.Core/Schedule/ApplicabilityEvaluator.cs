using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>Checks an obligation's roles and conditions against a service and says why, with articles.</summary>
internal static class ApplicabilityEvaluator
{
    /// <summary>Adds one reason per condition to <paramref name="reasons"/>; returns whether every condition holds.</summary>
    public static bool Evaluate(Obligation obligation, ScheduleContext context, List<string> reasons)
    {
        var applies = CheckRoles(obligation, context, reasons);
        var condition = obligation.Applicability;
        var technologies = context.Profile.Technologies;

        if (condition.TechnologiesAny.Count > 0)
        {
            var used = condition.TechnologiesAny.Where(technologies.Uses).ToList();
            applies &= Record(reasons, used.Count > 0,
                used.Count > 0
                    ? $"uses {Join(used)}"
                    : $"does not use {JoinOr(condition.TechnologiesAny)}");
        }

        if (condition.AlgorithmTypesAny.Count > 0)
        {
            var used = condition.AlgorithmTypesAny.Where(technologies.EffectiveAlgorithmTypes.Contains).ToList();
            applies &= Record(reasons, used.Count > 0,
                used.Count > 0
                    ? $"uses {Join(used)} algorithms (ARR Art. 2)"
                    : $"uses no {JoinOr(condition.AlgorithmTypesAny)} algorithm (ARR Art. 2)");
        }

        if (condition.DeepSynthesisUseCasesAny.Count > 0)
        {
            var used = condition.DeepSynthesisUseCasesAny.Where(technologies.DeepSynthesis.Contains).ToList();
            applies &= Record(reasons, used.Count > 0,
                used.Count > 0
                    ? $"covers deep synthesis of {Join(used)}"
                    : $"covers no deep synthesis of {JoinOr(condition.DeepSynthesisUseCasesAny)}");
        }

        if (condition.AudiencesAny.Count > 0)
        {
            var served = condition.AudiencesAny.Where(context.Profile.Audiences.Contains).ToList();
            applies &= Record(reasons, served.Count > 0,
                served.Count > 0 ? $"serves {Join(served)}" : $"serves no {JoinOr(condition.AudiencesAny)}");
        }

        if (condition.RequiresPublicOpinionAttributes)
        {
            applies &= Record(reasons, context.PublicOpinion.HasPublicOpinionAttributes,
                context.PublicOpinion.HasPublicOpinionAttributes
                    ? $"has public-opinion attributes: {context.PublicOpinion.Explanation}"
                    : $"has no public-opinion attributes: {context.PublicOpinion.Explanation}");
        }

        if (condition.RequiresPublicInPrc)
        {
            applies &= Record(reasons, context.Profile.PublicInPrc,
                context.Profile.PublicInPrc
                    ? "offered to the public within the PRC (GAIM Art. 2)"
                    : "not offered to the public within the PRC, so GAIM does not apply (GAIM Art. 2)");
        }

        if (condition.RequiresBiometricEditing)
        {
            applies &= Record(reasons, context.Profile.BiometricEditing,
                context.Profile.BiometricEditing ? "edits biometric information such as faces or voices" : "offers no biometric editing");
        }

        if (condition.RequiresNewsService)
        {
            applies &= Record(reasons, context.Profile.NewsService,
                context.Profile.NewsService ? "provides internet news information services" : "provides no news information services");
        }

        if (condition.RequiresUnlabelledContentOnRequest)
        {
            applies &= Record(reasons, context.Profile.UnlabelledContentOnRequest,
                context.Profile.UnlabelledContentOnRequest
                    ? "supplies content without explicit labels on request"
                    : "never supplies content without explicit labels");
        }

        if (condition.RequiresEthicsReviewActivities)
        {
            var hasActivities = context.HasRole(ObligorRole.ResearchUnit);
            applies &= Record(reasons, hasActivities,
                hasActivities ? "does S&T research subject to ethics review (research-unit role)" : "does no S&T research subject to ethics review");
        }

        return applies;
    }

    private static bool CheckRoles(Obligation obligation, ScheduleContext context, List<string> reasons)
    {
        foreach (var role in obligation.Roles)
        {
            if (context.HasRole(role))
            {
                reasons.Add($"acts as {KebabName<ObligorRole>.Of(role)}");
                return true;
            }
        }

        reasons.Add($"binds {JoinOr(obligation.Roles)}; the provider acts as {Join(context.Profile.Provider.Roles)}");
        return false;
    }

    private static bool Record(List<string> reasons, bool holds, string reason)
    {
        reasons.Add(reason);
        return holds;
    }

    private static string Join<T>(IEnumerable<T> values)
        where T : struct, Enum => string.Join(", ", values.Select(KebabName<T>.Of));

    private static string JoinOr<T>(IEnumerable<T> values)
        where T : struct, Enum => string.Join(" or ", values.Select(KebabName<T>.Of));
}
