using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Tests.Catalogue;

/// <summary>The answers of issue 8, each against the embedded catalogue.</summary>
public sealed class LegalModelTests
{
    private static readonly ComplianceScheduler Scheduler = ComplianceScheduler.Default;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static ServiceProfile Service(bool genAi = true, string[]? features = null, ObligorRole[]? roles = null, bool publicInPrc = true) => new()
    {
        Name = "svc",
        Provider = new Provider { Name = "Example Co.", Roles = roles ?? [ObligorRole.ServiceProvider] },
        PublicInPrc = publicInPrc,
        Technologies = new ServiceTechnologies { GenerativeAi = genAi, Algorithms = genAi ? [] : [AlgorithmType.PersonalizedPush] },
        Features = features ?? ["ai-chat"],
        LaunchedOn = D("2025-03-03"),
    };

    private static ScheduleItem First(ServiceProfile profile, DateOnly asOf, string id) =>
        Scheduler.Build(profile, asOf).Items.First(i => i.ObligationId == id);

    [Fact]
    public void A_service_not_offered_in_the_prc_owes_none_of_the_duties_and_says_why()
    {
        var abroad = Service(features: ["comments"], publicInPrc: false) with { OfferedInPrc = false };
        var schedule = Scheduler.Build(abroad, D("2025-06-01"));

        Assert.All(schedule.Items.Where(i => !i.ObligationId.StartsWith("ethics", StringComparison.Ordinal)), i => Assert.Equal(ScheduleStatus.NotApplicable, i.Status));
        Assert.Contains(First(abroad, D("2025-06-01"), "arr-algorithm-filing").ReasonDetails, r => !r.Holds && r.Condition == "offeredInPrc equals true" && r.Source!.Display == "ARR Art. 2");
    }

    [Fact]
    public void A_public_generative_ai_chat_without_channels_owes_filing_and_assessment_with_the_basis_marked()
    {
        var chat = Service(features: ["ai-chat"]);

        var filing = First(chat, D("2025-06-01"), "arr-algorithm-filing");
        var assessment = First(chat, D("2025-06-01"), "sa-security-assessment");

        Assert.NotEqual(ScheduleStatus.NotApplicable, filing.Status);
        Assert.NotEqual(ScheduleStatus.NotApplicable, assessment.Status);
        Assert.Contains(filing.Reasons, r => r.Contains("GAIM Art. 17 [1]", StringComparison.Ordinal));
    }

    [Fact]
    public void An_app_calling_a_filed_model_registers_instead_of_filing_and_displays_the_model()
    {
        var app = Service() with { GenerativeAiModel = new GenerativeAiModel { Name = "DeepSeek", FilingNumber = "Beijing-DeepseekChat-202404280016", RegisteredOn = D("2025-02-20") } };

        Assert.Equal(ScheduleStatus.NotApplicable, First(app, D("2025-06-01"), "arr-algorithm-filing").Status);
        Assert.Equal(ScheduleStatus.Satisfied, First(app, D("2025-06-01"), "gaim-model-registration").Status);
        Assert.Equal(ScheduleStatus.Due, First(app, D("2025-06-01"), "gaim-model-display").Status);
        Assert.Equal(ScheduleStatus.Due, First(app, D("2025-02-01"), "gaim-model-registration").Status is ScheduleStatus.Satisfied ? ScheduleStatus.Satisfied : ScheduleStatus.Due);
    }

    [Fact]
    public void A_deep_synthesis_supporter_files_even_without_public_opinion_and_arr_only_duties_skip_it()
    {
        var api = Service(genAi: false, features: ["api"], roles: [ObligorRole.TechnicalSupporter]) with
        {
            Technologies = new ServiceTechnologies { DeepSynthesis = [DeepSynthesisUseCase.NonBiometricImageVideo] },
            PublicInPrc = false,
        };

        var filing = First(api, D("2025-04-01"), "dsp-supporter-filing");
        Assert.Equal(D("2025-03-17"), filing.DueDate);
        Assert.Equal(Confidence.Unverified, filing.Confidence);
        Assert.Equal(ScheduleStatus.NotApplicable, First(api, D("2025-04-01"), "arr-no-algorithmic-manipulation").Status);
    }

    [Fact]
    public void The_periodic_algorithm_review_binds_a_supporter_only_through_the_deep_synthesis_provisions()
    {
        var supporter = Service(genAi: false, features: ["api"], roles: [ObligorRole.TechnicalSupporter]) with
        {
            Technologies = new ServiceTechnologies { DeepSynthesis = [DeepSynthesisUseCase.BiometricImageVideo] },
            PublicInPrc = false,
        };
        var asOf = D("2026-06-01");

        // The ARR binds algorithm recommendation service providers only: no ARR Art. 8 review for a supporter.
        Assert.Equal(ScheduleStatus.NotApplicable, First(supporter, asOf, "arr-periodic-algorithm-review").Status);
        var review = First(supporter, asOf, "dsp-supporter-periodic-algorithm-review");
        Assert.NotEqual(ScheduleStatus.NotApplicable, review.Status);
        Assert.True(review.IsPolicy);
        Assert.Equal(["DSP Art. 15(1)"], review.Citations);
        Assert.Equal(Confidence.Unverified, review.Confidence);

        // A supporter without deep synthesis owes neither; a provider owes the ARR review, which covers DSP Art. 15.
        var plainSupporter = Service(genAi: false, features: ["api"], roles: [ObligorRole.TechnicalSupporter]);
        Assert.Equal(ScheduleStatus.NotApplicable, First(plainSupporter, asOf, "arr-periodic-algorithm-review").Status);
        Assert.Equal(ScheduleStatus.NotApplicable, First(plainSupporter, asOf, "dsp-supporter-periodic-algorithm-review").Status);
        var both = supporter with { Provider = new Provider { Name = "Example Co.", Roles = [ObligorRole.ServiceProvider, ObligorRole.TechnicalSupporter] } };
        Assert.NotEqual(ScheduleStatus.NotApplicable, First(both, asOf, "arr-periodic-algorithm-review").Status);
        Assert.Equal(ScheduleStatus.NotApplicable, First(both, asOf, "dsp-supporter-periodic-algorithm-review").Status);
    }

    [Fact]
    public void App_distribution_platforms_get_the_listing_checks_without_using_deep_synthesis()
    {
        var store = Service(genAi: false, features: ["search"], roles: [ObligorRole.AppDistributionPlatform]) with { Technologies = new ServiceTechnologies() };

        Assert.NotEqual(ScheduleStatus.NotApplicable, First(store, D("2025-10-01"), "dsp-app-store-verification").Status);
        Assert.NotEqual(ScheduleStatus.NotApplicable, First(store, D("2025-10-01"), "label-app-store-verification").Status);
    }

    [Fact]
    public void A_filing_owed_because_a_channel_was_added_counts_from_that_event()
    {
        var feed = Service(genAi: false, features: ["recommendation-feed", "comments"], publicInPrc: true) with
        {
            Events = [new ServiceEvent { Type = ServiceEventType.FunctionAdded, Date = D("2025-06-02"), Feature = "comments" }],
        };

        var filing = First(feed, D("2025-07-01"), "arr-algorithm-filing");
        Assert.Equal("function-added@2025-06-02", filing.PeriodKey);
        Assert.Equal(D("2025-06-16"), filing.DueDate);

        // As of a day before the function was added, nothing was owed yet.
        Assert.Equal(ScheduleStatus.NotApplicable, First(feed, D("2025-05-30"), "arr-algorithm-filing").Status);
    }

    [Fact]
    public void Records_dated_after_the_as_of_date_do_not_count()
    {
        var filed = Service(features: ["comments"]) with { Filings = [new FilingRecord { FiledOn = D("2025-03-20") }] };

        Assert.Equal(ScheduleStatus.Overdue, First(filed, D("2025-03-19"), "arr-algorithm-filing").Status);
        Assert.Equal(ScheduleStatus.Satisfied, First(filed, D("2025-03-21"), "arr-algorithm-filing").Status);
    }

    [Fact]
    public void A_missed_policy_interval_is_past_its_policy_target_not_overdue_and_fixed_from_the_anchor()
    {
        var service = Service(features: ["comments"]);
        var review = Scheduler.Build(service, D("2026-06-01")).Items.First(i => i.ObligationId == "arr-periodic-algorithm-review" && i.DueDate == D("2026-03-03"));

        Assert.Equal(ScheduleStatus.PastPolicyTarget, review.Status);
        Assert.True(review.IsPolicy);
    }

    [Fact]
    public void Voice_cloning_needs_the_biometric_tool_assessment_and_a_launch_assessment_answers_it()
    {
        var voice = Service(genAi: false, features: ["voice-synthesis"]) with
        {
            Technologies = new ServiceTechnologies { DeepSynthesis = [DeepSynthesisUseCase.Voice] },
            Assessments = [new AssessmentRecord { CompletedOn = D("2025-02-20") }],
        };

        Assert.Equal(ScheduleStatus.Satisfied, First(voice, D("2025-06-01"), "dsp-synthesis-tool-security-assessment").Status);
        Assert.NotEqual(ScheduleStatus.NotApplicable, First(voice, D("2025-06-01"), "dsp-biometric-editing-consent").Status);
    }

    [Fact]
    public void After_termination_logs_are_kept_six_months_and_other_continuing_duties_end()
    {
        var ended = Service(features: ["comments"]) with
        {
            Events = [new ServiceEvent { Type = ServiceEventType.ServiceTerminated, Date = D("2025-09-01") }],
        };

        Assert.Equal(ScheduleStatus.Due, First(ended, D("2025-10-01"), "network-log-retention").Status);
        Assert.Equal(ScheduleStatus.NotApplicable, First(ended, D("2026-04-01"), "network-log-retention").Status);
        Assert.Equal(ScheduleStatus.NotApplicable, First(ended, D("2025-10-01"), "arr-user-rights-opt-out").Status);
        Assert.Equal(D("2025-09-28"), First(ended, D("2025-10-01"), "arr-filing-cancellation").DueDate); // a make-up working day
    }

    [Fact]
    public void Gaim_article_18_is_no_longer_cited_for_the_guidance_duty_and_explicit_labels_follow_dsp_17_1()
    {
        var transparency = ObligationCatalogue.Default.GetObligation("arr-algorithm-transparency");
        Assert.DoesNotContain(transparency.Sources, s => s is { RegulationId: "GAIM", Article: 18 });
        var restoration = Service(genAi: false, features: ["search"]) with { Technologies = new ServiceTechnologies { DeepSynthesis = [DeepSynthesisUseCase.NonBiometricImageVideo] } };
        Assert.Equal(ScheduleStatus.NotApplicable, First(restoration, D("2025-10-01"), "label-explicit-labels").Status);
        Assert.Contains(ObligationCatalogue.Default.GetObligation("arr-management-systems").Sources, s => s is { RegulationId: "DSP", Article: 7 });
    }
}
