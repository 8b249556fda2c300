using AiRegOps.Core.Attributes;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Filings;

/// <summary>
/// Works out under which articles a service files: the ARR Art. 24 procedure for every algorithm recommendation
/// service, reached through DSP Art. 19 for deep synthesis (technical supporters by reference) and GAIM Art. 17 for
/// generative AI. The duty hangs on public-opinion attributes (SA2018 Art. 2), so the route says whether it is owed.
/// </summary>
public static class FilingRoutes
{
    public static FilingRoute For(ServiceProfile? profile, FilingKind kind, ObligorRole? role = null)
    {
        var notes = new List<string>();
        if (profile is null)
        {
            notes.Add($"未提供服务画像：未检验舆论属性或社会动员能力（{FilingCitations.PublicOpinionTest.Display}），按需要备案处理。 / No service profile: public-opinion attributes ({FilingCitations.PublicOpinionTest.Display}) were not tested; the filing is assumed to be required.");
            return new FilingRoute
            {
                Bases = [FilingCitations.For(kind)],
                FilerRole = role ?? ObligorRole.ServiceProvider,
                Required = true,
                Notes = notes,
            };
        }

        var filer = role ?? (profile.Provider.Roles.Contains(ObligorRole.TechnicalSupporter) && !profile.Provider.Roles.Contains(ObligorRole.ServiceProvider)
            ? ObligorRole.TechnicalSupporter
            : ObligorRole.ServiceProvider);
        var technologies = profile.Technologies;
        var bases = new List<SourceCitation> { FilingCitations.For(kind) };
        if (technologies.Uses(Technology.DeepSynthesis))
        {
            bases.Add(FilingCitations.DeepSynthesis);
        }

        if (technologies.Uses(Technology.GenerativeAi))
        {
            bases.Add(FilingCitations.GenerativeAi);
        }

        var byReference = filer == ObligorRole.TechnicalSupporter && technologies.Uses(Technology.DeepSynthesis);
        if (byReference)
        {
            bases.Add(FilingCitations.SupporterByReference);
            notes.Add($"作为深度合成技术支持者，本服务参照服务提供者的程序履行备案手续（{FilingCitations.SupporterByReference.Display}）。 / As a deep-synthesis technical supporter the service files by reference (参照) to the provider procedure ({FilingCitations.SupporterByReference.Display}).");
        }
        else if (filer == ObligorRole.TechnicalSupporter && technologies.Uses(Technology.GenerativeAi))
        {
            bases.Add(FilingCitations.ApiProviders);
            notes.Add($"通过应用程序接口提供生成式人工智能服务的技术支持者属于服务提供者（{FilingCitations.ApiProviders.Display}），按服务提供者备案。 / Offering generative AI through an API makes the supporter a provider ({FilingCitations.ApiProviders.Display}); it files as such.");
        }
        else if (filer == ObligorRole.TechnicalSupporter)
        {
            notes.Add($"{FilingCitations.NewFiling.Display}约束的是服务提供者；在已查到的来源中，非合成类算法的技术支持者没有自身的备案义务。 / {FilingCitations.NewFiling.RegulationId} Art. {FilingCitations.NewFiling.Article} binds service providers; a technical supporter of a non-synthesis algorithm has no filing duty of its own in the sources found.");
        }

        if (!technologies.Uses(Technology.AlgorithmRecommendation))
        {
            notes.Add($"服务画像未声明{FilingCitations.AlgorithmTypes.Display}所列类型的算法，{FilingCitations.NewFiling.Display}不适用。 / The profile declares no algorithm of the types in {FilingCitations.AlgorithmTypes.Display}, so {FilingCitations.NewFiling.Display} does not reach it.");
        }

        var publicOpinion = PublicOpinionTest.Evaluate(profile);
        var required = Applies(profile, byReference ? FilingCitations.SupporterFilingObligation : FilingCitations.NewFilingObligation, publicOpinion);
        if (!profile.OfferedInPrc)
        {
            notes.Add("不适用：本服务不在中华人民共和国境内提供（spec.offeredInPrc: false），而上述规章约束的是在境内提供的服务；无需备案，也不计算期限。 / Out of scope: the service is not offered within the PRC (spec.offeredInPrc: false), and the ARR, DSP and GAIM bind services provided within the PRC; no filing is owed and no deadline runs.");
            return new FilingRoute { Bases = bases, FilerRole = filer, ByReference = byReference, PublicOpinion = publicOpinion, Required = false, OutOfScope = true, Notes = notes };
        }

        if (required && !publicOpinion.HasPublicOpinionAttributes && !byReference)
        {
            notes.Add($"服务画像未显示舆论渠道，但本服务向境内公众提供生成式人工智能服务：按网信部门对{FilingCitations.GenerativeAi.Display}的适用，仍需备案 {ConfidenceMarks.Of(ObligationCatalogue.Default.GetObligation(FilingCitations.NewFilingObligation).Confidence)}。 / The profile shows no public-opinion channel ({publicOpinion.Explanation}), but the service offers generative AI to the public in the PRC: the filing is owed as the CAC applies {FilingCitations.GenerativeAi.Display} {ConfidenceMarks.Of(ObligationCatalogue.Default.GetObligation(FilingCitations.NewFilingObligation).Confidence)}.");
        }
        else if (!publicOpinion.HasPublicOpinionAttributes && !byReference)
        {
            notes.Add($"服务画像未显示舆论属性或社会动员能力，{FilingCitations.NewFiling.Display}不要求备案，本材料用于自愿备案。 / The profile shows no public-opinion attributes or social-mobilisation capability ({publicOpinion.Explanation}); {FilingCitations.NewFiling.Display} then requires no filing, so this package is for a voluntary filing.");
        }

        return new FilingRoute
        {
            Bases = bases,
            FilerRole = filer,
            ByReference = byReference,
            PublicOpinion = publicOpinion,
            Required = required,
            Notes = notes,
        };
    }

    // The same compiled catalogue condition the schedule evaluates, on every feature the profile declares.
    private static bool Applies(ServiceProfile profile, string obligationId, PublicOpinionResult publicOpinion)
    {
        Span<ulong> facts = stackalloc ulong[Catalogue.Conditions.ServiceFacts.Count];
        Catalogue.Conditions.ServiceFacts.Fill(profile, DateOnly.MaxValue, publicOpinion.HasPublicOpinionAttributes, facts);
        return ObligationCatalogue.Default.GetObligation(obligationId).Compiled.Evaluate(facts);
    }
}
