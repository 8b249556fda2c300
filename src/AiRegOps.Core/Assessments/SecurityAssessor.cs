using System.Globalization;
using AiRegOps.Core.Attributes;
using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Assessments;

/// <summary>
/// Invoke-SecurityAssessment's core: evaluates a service against the SA2018 focus items using the controls its
/// profile declares. Pure: the same profile and date always give the same result. The result is a desk review of
/// declared controls, not an audit, and says so.
/// </summary>
public static class SecurityAssessor
{
    /// <param name="profile">The service.</param>
    /// <param name="asOf">The China date of the assessment.</param>
    /// <param name="evidence">Evidence by focus item id ("log-records") or rule id ("sa2018.log-records"): paths, URLs or ids.</param>
    /// <exception cref="ComplianceInputException">The profile has no name or provider name.</exception>
    public static SecurityAssessmentResult Assess(ServiceProfile profile, DateOnly asOf, IReadOnlyDictionary<string, IReadOnlyList<string>>? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        RequireProfileFields(profile);
        var publicOpinion = PublicOpinionTest.Evaluate(profile);
        // Territory first: the assessment rules bind services provided within the PRC.
        var triggers = profile.OfferedInPrc ? AssessmentTriggers.Find(profile, publicOpinion) : [];
        var findings = FocusItems.All.Select(item => Evaluate(item, profile, asOf, evidence)).ToList();
        var gaps = findings.Sum(f => f.Gaps.Count);
        var (zh, en) = gaps == 0
            ? ("所评估的各重点事项均已声明相应的安全管理制度和技术措施。",
                "Every focus item has declared security management systems and technical measures. This rests on the controls the profile declares, not on an audit of their effect.")
            : ($"发现 {gaps} 项差距，应整改至消除后再提交评估报告。",
                $"{gaps} gap(s) found. Rectify them until eliminated before submitting the report ({ConfidenceMarks.Cite(AssessmentCitations.Report)}).");
        return new SecurityAssessmentResult
        {
            Service = profile.Name,
            ProfileSource = profile.Source,
            Positions = profile.Positions,
            AsOf = asOf,
            PublicOpinion = publicOpinion,
            Triggers = triggers,
            BasicInfo = BasicInfo(profile),
            Findings = findings,
            ConclusionZh = zh,
            ConclusionEn = en,
            OtherMatters = profile.OfferedInPrc
                ? OtherMatters(publicOpinion, triggers)
                : ["不在适用范围内：该服务不在中华人民共和国境内提供（spec.offeredInPrc: false），本报告为自愿提交。 / Out of scope: the service is not offered within the PRC (spec.offeredInPrc: false), so no security assessment is owed under the rules for services provided within the PRC; this report is voluntary.", .. OtherMatters(publicOpinion, triggers)],
        };
    }

    /// <summary>Assesses as of today in China.</summary>
    public static SecurityAssessmentResult Assess(ServiceProfile profile, TimeProvider time) => Assess(profile, ChinaTime.Today(time));

    private static void RequireProfileFields(ServiceProfile profile)
    {
        var where = profile.Source?.ToString() ?? "service profile";
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            throw new ComplianceInputException($"{where}: name", "the service name");
        }

        if (string.IsNullOrWhiteSpace(profile.Provider?.Name))
        {
            throw new ComplianceInputException($"{where}: provider.name", "the provider's name (needed for the report's basic information)");
        }
    }

    private static FocusItemFinding Evaluate(FocusItem item, ServiceProfile profile, DateOnly asOf, IReadOnlyDictionary<string, IReadOnlyList<string>>? evidence)
    {
        if (item == FocusItems.ContentLabelling)
        {
            var synthesis = profile.Technologies.DeepSynthesis.Count > 0 || profile.Technologies.GenerativeAi;
            var reason = !synthesis ? "the service uses neither deep synthesis nor generative AI"
                : asOf < FocusItems.LabellingInForce ? $"the Labelling Measures take effect on {FocusItems.LabellingInForce:yyyy-MM-dd}"
                : null;
            if (reason is not null)
            {
                return new FocusItemFinding { Item = item, Status = FindingStatus.NotApplicable, Checks = [], Evidence = [], NotApplicableReason = reason };
            }
        }

        var checks = FocusItemEvaluator.Checks(item, profile.Controls);
        var references = checks
            .Where(c => c.Declared is not null)
            .Select(c => new EvidenceReference { Reference = $"{c.Field} = {c.Declared}", Location = profile.Positions?.Find("spec." + c.Field) ?? profile.Source })
            .ToList();
        if (evidence is not null)
        {
            foreach (var key in new[] { item.Id, item.RuleId })
            {
                if (evidence.TryGetValue(key, out var supplied))
                {
                    references.AddRange(supplied.Select(s => new EvidenceReference { Reference = s }));
                }
            }
        }

        return new FocusItemFinding { Item = item, Status = FocusItemEvaluator.Worst(checks), Checks = checks, Evidence = references };
    }

    private static ServiceBasicInfo BasicInfo(ServiceProfile profile)
    {
        var scope = new List<string> { profile.PublicInPrc ? "offered to the public within the PRC" : "not declared as offered to the public within the PRC" };
        if (profile.Audiences.Count > 0)
        {
            scope.Add("audiences: " + string.Join(", ", profile.Audiences.Select(a => KebabName<Audience>.Of(a))));
        }

        var t = profile.Technologies;
        var technologies = new List<string>();
        technologies.AddRange(t.EffectiveAlgorithmTypes.Select(Filings.FilingNames.Of));
        if (t.DeepSynthesis.Count > 0)
        {
            technologies.Add("deep synthesis: " + string.Join(", ", t.DeepSynthesis.Select(d => KebabName<DeepSynthesisUseCase>.Of(d))));
        }

        if (t.GenerativeAi)
        {
            technologies.Add("generative AI");
        }

        if (technologies.Count > 0)
        {
            scope.Add("technologies: " + string.Join("; ", technologies));
        }

        return new ServiceBasicInfo
        {
            Service = profile.Name,
            DisplayName = profile.DisplayName,
            Provider = profile.Provider.Name,
            CreditCode = profile.Provider.CreditCode,
            Functions = profile.Features.Select(f => FeatureVocabulary.TryGet(f, out var d) ? $"{f} ({d.NameZh})" : f).ToList(),
            Scope = scope,
            DeploymentLocations = profile.Controls.DeploymentLocations,
            Licences = profile.Controls.Licences,
            LaunchedOn = profile.LaunchedOn,
        };
    }

    private static List<string> OtherMatters(PublicOpinionResult publicOpinion, IReadOnlyList<AssessmentTrigger> triggers)
    {
        // Each matter in Chinese first, the English beside it: the report is handed in to Chinese authorities.
        var matters = new List<string>
        {
            $"舆论属性（{AssessmentCitations.Definition.Display}）：{(publicOpinion.HasPublicOpinionAttributes ? "具有" : "不具有")}。 / Public-opinion attributes ({AssessmentCitations.Definition.Display}): {publicOpinion.Summary}.",
            $"报送：依照 {AssessmentCitations.Submission.Display} 提交评估报告。 / Submission: {ConfidenceMarks.Cite(AssessmentCitations.Submission)}.",
            $"服务提供者可以自行评估，也可以委托第三方评估（{AssessmentCitations.SelfOrThirdParty.Display}）。 / The provider may assess itself or entrust a third party ({ConfidenceMarks.Cite(AssessmentCitations.SelfOrThirdParty)}).",
            $"评估重点依照《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》。 / The focus items follow {ConfidenceMarks.Cite(AssessmentCitations.FocusItems)}.",
            $"网络日志留存：{AssessmentCitations.LogRetention2016.Display}；修正后为 {AssessmentCitations.LogRetention2025.Display}。 / Log retention: {ConfidenceMarks.Cite(AssessmentCitations.LogRetention2016)}; after the amendment, {ConfidenceMarks.Cite(AssessmentCitations.LogRetention2025)}.",
            "本报告评估服务画像中声明的安全管理制度和技术措施，不检验其实际效果。 / This report evaluates the controls declared in the service profile; it does not test their effect.",
        };
        if (triggers.Count == 0)
        {
            var launch = AssessmentCitations.Trigger(ServiceEventType.Launched);
            matters.Add($"服务画像中未发现 {launch.RegulationId} 第 {launch.Article} 条规定的评估触发情形，本次评估为自愿或预先开展。 / No {launch.RegulationId} Art. {launch.Article} trigger was found in the profile; the assessment is voluntary or pre-emptive.");
        }

        foreach (var trigger in triggers.Where(t => !t.IsAnswered))
        {
            var date = trigger.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            matters.Add($"存在未记录评估的触发情形（{trigger.Citation.Display}）{(date is null ? string.Empty : $"，日期 {date}")}。 / Trigger without a recorded assessment: {trigger.Description}{(date is null ? string.Empty : $" on {date}")} ({trigger.Citation.Display}).");
        }

        return matters;
    }
}
