using AiRegOps.Core.Assessments;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Assessments;

public sealed class SecurityAssessorTests
{
    private static readonly DateOnly AsOf = D("2025-10-01");

    [Fact]
    public void Full_controls_meet_every_focus_item()
    {
        var result = SecurityAssessor.Assess(Chat(), AsOf);

        Assert.False(result.HasGaps);
        Assert.All(result.Findings, f => Assert.Equal(FindingStatus.Met, f.Status));
        Assert.Equal(7, result.Findings.Count);
        Assert.Contains("controls.logRetentionMonths = 6", result.Findings.Single(f => f.Item.Id == "log-records").Evidence.Select(e => e.Reference));
    }

    [Theory]
    [InlineData(5, FindingStatus.Gap)]
    [InlineData(6, FindingStatus.Met)]
    [InlineData(24, FindingStatus.Met)]
    public void Logs_kept_less_than_six_months_are_a_gap(int months, FindingStatus expected)
    {
        var result = SecurityAssessor.Assess(Chat(FullControls with { LogRetentionMonths = months }), AsOf);

        var finding = result.Findings.Single(f => f.Item.Id == "log-records");
        Assert.Equal(expected, finding.Status);
        if (expected == FindingStatus.Gap)
        {
            var gap = Assert.Single(result.Gaps);
            Assert.Contains("CSL Art. 21(3)", gap.Problem, StringComparison.Ordinal);
            Assert.Contains(gap.Citations, c => c.Display == "CSL Art. 21(3)" && c.Confidence == Confidence.Confirmed);
            Assert.Contains(gap.Citations, c => c.Display == "CSL-2025 Art. 23(3)" && c.Confidence == Confidence.Unverified);
            Assert.Contains("at least 6 months", gap.Remedy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Missing_log_fields_are_named()
    {
        var result = SecurityAssessor.Assess(Chat(FullControls with { LoggedFields = ["account", "operation-time"] }), AsOf);

        var gap = Assert.Single(result.Gaps);
        Assert.Equal("controls.loggedFields", gap.Check.Field);
        Assert.Contains("operation-type, source-address, destination-address, source-port, client-hardware, published-content", gap.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("security-management", "controls.securityOfficer")]
    [InlineData("real-identity", "controls.realIdentityVerification")]
    [InlineData("illegal-information", "controls.illegalInformationHandling")]
    [InlineData("pi-and-mobilisation", "controls.mobilisationControls")]
    [InlineData("complaints-and-support", "controls.authoritySupportMechanism")]
    [InlineData("ai-content-labelling", "controls.implicitMetadataLabels")]
    public void A_control_declared_false_is_a_gap_of_its_item(string item, string field)
    {
        var controls = field switch
        {
            "controls.securityOfficer" => FullControls with { SecurityOfficer = false },
            "controls.realIdentityVerification" => FullControls with { RealIdentityVerification = false },
            "controls.illegalInformationHandling" => FullControls with { IllegalInformationHandling = false },
            "controls.mobilisationControls" => FullControls with { MobilisationControls = false },
            "controls.authoritySupportMechanism" => FullControls with { AuthoritySupportMechanism = false },
            _ => FullControls with { ImplicitMetadataLabels = false },
        };

        var result = SecurityAssessor.Assess(Chat(controls), AsOf);

        var gap = Assert.Single(result.Gaps);
        Assert.Equal(item, gap.Item.Id);
        Assert.Equal(field, gap.Check.Field);
        Assert.Equal(FindingStatus.Gap, gap.Check.Status);
        Assert.NotEmpty(gap.Remedy);
    }

    [Fact]
    public void Undeclared_controls_are_gaps_to_fill()
    {
        var result = SecurityAssessor.Assess(Chat(SecurityControls.None), AsOf);

        Assert.All(result.Findings, f => Assert.Equal(FindingStatus.NotDeclared, f.Status));
        Assert.Equal(13, result.Gaps.Count);
        Assert.True(result.HasGaps);
        Assert.Contains("13 gap(s)", result.ConclusionEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Labelling_applies_only_to_synthesis_services_from_2025_09_01()
    {
        var before = SecurityAssessor.Assess(Chat(SecurityControls.None), D("2025-08-31"));
        var plain = SecurityAssessor.Assess(Chat(SecurityControls.None) with { Technologies = new ServiceTechnologies { Algorithms = [AlgorithmType.SortingSelection] } }, AsOf);

        Assert.Equal(FindingStatus.NotApplicable, before.Findings.Single(f => f.Item.Id == "ai-content-labelling").Status);
        Assert.Equal(FindingStatus.NotApplicable, plain.Findings.Single(f => f.Item.Id == "ai-content-labelling").Status);
    }

    [Fact]
    public void Triggers_come_from_events_and_are_answered_by_assessments()
    {
        var profile = Chat() with
        {
            Events =
            [
                new ServiceEvent { Type = ServiceEventType.SignificantUserGrowth, Date = D("2025-11-01") },
                new ServiceEvent { Type = ServiceEventType.RegulatorNotice, Date = D("2025-12-01"), Note = "notice from the Beijing CAC" },
                new ServiceEvent { Type = ServiceEventType.FunctionAdded, Date = D("2025-12-05"), Feature = "translation" },
            ],
            Assessments = [new AssessmentRecord { CompletedOn = D("2025-09-20"), Trigger = ServiceEventType.Launched, Report = "sa/2025-09.pdf" }],
        };

        var result = SecurityAssessor.Assess(profile, D("2025-12-10"));

        Assert.Equal(
            [AssessmentTriggerKind.Launch, AssessmentTriggerKind.GenerativeAi, AssessmentTriggerKind.SignificantUserGrowth, AssessmentTriggerKind.WrittenNotice],
            result.Triggers.Select(t => t.Kind));
        Assert.True(result.Triggers[0].IsAnswered);
        Assert.Equal("SA2018 Art. 3(3)", result.Triggers[2].Citation.Display);
        Assert.Equal(2, result.UnansweredTriggers.Count);
        Assert.Contains(result.OtherMatters, m => m.Contains("notice from the Beijing CAC", StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_without_public_opinion_attributes_has_only_notice_and_tool_triggers()
    {
        var profile = Chat() with
        {
            Features = ["ai-chat"],
            Technologies = new ServiceTechnologies { DeepSynthesis = [DeepSynthesisUseCase.BiometricImageVideo] },
            BiometricEditing = true,
            Events = [new ServiceEvent { Type = ServiceEventType.RegulatorNotice, Date = D("2025-10-01") }],
        };

        var result = SecurityAssessor.Assess(profile, AsOf);

        Assert.Equal([AssessmentTriggerKind.WrittenNotice, AssessmentTriggerKind.SynthesisTool], result.Triggers.Select(t => t.Kind));
        Assert.Equal("DSP Art. 15(2)", result.Triggers[1].Citation.Display);
    }

    [Fact]
    public void The_report_basis_marks_the_focus_item_article_as_unverified()
    {
        var result = SecurityAssessor.Assess(Chat(), AsOf);

        var citation = result.Findings[0].Item.Citations[0];
        Assert.Equal("SA2018 Art. 5", citation.Display);
        Assert.Equal(Confidence.Unverified, citation.Confidence);
        Assert.Contains(result.OtherMatters, m => m.Contains("article number is not verified", StringComparison.Ordinal));
    }

    [Fact]
    public void Supplied_evidence_is_referenced()
    {
        var evidence = new Dictionary<string, IReadOnlyList<string>> { ["sa2018.log-records"] = ["evidence/log-policy.pdf"] };

        var result = SecurityAssessor.Assess(Chat(), AsOf, evidence);

        Assert.Contains("evidence/log-policy.pdf", result.Findings.Single(f => f.Item.Id == "log-records").Evidence.Select(e => e.Reference));
    }

    [Fact]
    public void A_profile_without_a_provider_name_is_one_clear_error()
    {
        var error = Assert.Throws<ComplianceInputException>(() => SecurityAssessor.Assess(Chat() with { Provider = new Provider { Name = " " } }, AsOf));

        Assert.Contains("provider.name", error.Input, StringComparison.Ordinal);
        Assert.Contains("airegops.yml:1:1", error.Input, StringComparison.Ordinal);
    }
}
